#pragma once

#include <string>

struct mosquitto;

namespace Jiandu {

//! A publishing MQTT client for the simulator's feeds: connected in the background to
//! "host:port" (1883 if left out) and reconnected by the library's thread when the broker
//! comes back (what could not be sent meanwhile is the caller's to count). Null with \a error
//! in words if the address is wrong or the library cannot start.
mosquitto *startMqttPublisher(const std::string &broker, std::string *error);
//! Disconnects and frees what startMqttPublisher() made; null is fine.
void stopMqttPublisher(mosquitto *client);

} // namespace Jiandu
