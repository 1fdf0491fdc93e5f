#include "shell/application.h"

int main(int argc, char *argv[])
{
    return Jiandu::runApplication(argc, argv);
}
