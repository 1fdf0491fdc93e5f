#include "shell/application.h"

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Every file and folder Jiandu makes (cache, case files, recordings, clips, logs) is its
    // user's only: police data on a shared or stolen computer.
    ::umask(077);
    return Jiandu::runApplication(argc, argv);
}
