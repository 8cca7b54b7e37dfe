"""Application identity: the one place the name and version live."""

APP_NAME = "Clientela"
APP_ID = "clientela"
ORGANIZATION = "Clientela"
VERSION = "0.1.0"
