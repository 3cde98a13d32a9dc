@echo off
rem The waste-bank sync server on a Windows office PC: java -jar with the settings below.
rem Start at boot without anyone signed in: see README.md in this folder (Task Scheduler).
rem The embedded MariaDB is for Linux x86-64 only: on Windows point the server at an installed
rem MySQL 8 / MariaDB 10.6+ (e.g. XAMPP's MariaDB), created as in the main README.
chcp 65001 > nul
setlocal

rem where this file is (the jar lies beside it)
set "HERE=%~dp0"

set DATASOURCES_DEFAULT_URL=jdbc:mysql://127.0.0.1:3306/wastebank
set DATASOURCES_DEFAULT_USERNAME=wastebank
set DATASOURCES_DEFAULT_PASSWORD=a-long-password
set WB_ADMIN_TOKEN=change-me-to-a-long-random-secret
set WB_DATA_DIR=C:\wastebank\data
set MICRONAUT_SERVER_PORT=8080
rem behind an HTTPS reverse proxy on this PC:
rem set MICRONAUT_SERVER_HOST=127.0.0.1
rem set WB_TRUSTED_PROXIES=127.0.0.1,::1

if not exist "%WB_DATA_DIR%" mkdir "%WB_DATA_DIR%"
rem the log goes beside the data (Task Scheduler shows no console)
java -Xmx1g -jar "%HERE%wastebank-server.jar" >> "%WB_DATA_DIR%\server.log" 2>&1
exit /b %ERRORLEVEL%
