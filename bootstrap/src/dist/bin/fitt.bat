@echo off
rem fitt: runs the fitt of this install folder with the Java (17 or newer) of JAVA_HOME or the PATH.
rem The server's JVM defaults are the files in lib\jvm, shared with bin/fitt (Linux, macOS); the
rem rules below are bin/fitt's (lib/launch.bash) less what only Linux has (huge pages, malloc arenas)
rem and the class archive. JAVA_OPTS is passed to java last, so any flag given there wins.
setlocal
set "FITT_HOME=%~dp0.."
rem The Java to run, in bin/fitt's order: the archive's own runtime, JAVA_HOME's, the first on the PATH.
set "JAVA_EXE="
if exist "%FITT_HOME%\runtime\bin\java.exe" (
    set "JAVA_EXE=%FITT_HOME%\runtime\bin\java.exe"
    goto check_java
)
if not defined JAVA_HOME goto java_on_path
if exist "%JAVA_HOME%\bin\java.exe" (
    set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
    goto check_java
)
:java_on_path
for /f "delims=" %%p in ('where java 2^>nul') do if not defined JAVA_EXE set "JAVA_EXE=%%p"

rem As lib/launch.bash's fitt_require_java: no Java, or one older than 17, is a setup problem (exit
rem 2) told in one line, before anything runs.
:check_java
if defined JAVA_EXE goto java_version
>&2 echo fitt: no Java found: install Java 17 or newer and put it on the PATH or set JAVA_HOME to it
exit /b 2
:java_version
rem The version from the release file of the Java's home, which every Java since 9 has (a start pays
rem no extra JVM), else from "java -version": the third word of the line whose second is "version"
rem (openjdk version "17.0.2" ...; "call" keeps cmd from taking the quotes around a JAVA_EXE with
rem spaces for its own).
set "JAVA_VERSION="
for %%h in ("%JAVA_EXE%\..\..") do set "JAVA_DIR=%%~fh"
if exist "%JAVA_DIR%\release" for /f "usebackq tokens=1,* delims==" %%a in ("%JAVA_DIR%\release") do (
    if "%%a"=="JAVA_VERSION" set "JAVA_VERSION=%%~b"
)
if defined JAVA_VERSION goto java_major
for /f "tokens=1-3" %%a in ('call "%JAVA_EXE%" -version 2^>^&1') do (
    if /i "%%b"=="version" if not defined JAVA_VERSION set "JAVA_VERSION=%%~c"
)
:java_major
rem A Java that does not say its version the usual way is left to try.
if not defined JAVA_VERSION goto java_ok
set "JAVA_MAJOR="
rem 1.8.0_392 is Java 8; 17.0.2, 21 and 25-ea are 17, 21 and 25.
for /f "tokens=1,2 delims=.-_+" %%a in ("%JAVA_VERSION%") do (
    set "JAVA_MAJOR=%%a"
    if "%%a"=="1" set "JAVA_MAJOR=%%b"
)
echo.%JAVA_MAJOR%| findstr /r "^[0-9][0-9]*$" >nul || goto java_ok
if %JAVA_MAJOR% GEQ 17 goto java_ok
>&2 echo fitt: %JAVA_EXE% is Java %JAVA_VERSION%, but fitt needs Java 17 or newer: install one and put it on the PATH or set JAVA_HOME to it
exit /b 2
:java_ok

set "DEFAULTS="
if /I not "%~1"=="server" goto run
set DEFAULTS="@%FITT_HOME%\lib\jvm\server.options"
rem Two collectors on one command line stop the JVM, so a collector in JAVA_OPTS replaces ours.
echo. %JAVA_OPTS% | findstr /R /C:" -XX:+Use[A-Za-z0-9]*GC" >nul || set DEFAULTS=%DEFAULTS% "@%FITT_HOME%\lib\jvm\server-gc.options"
echo. %JAVA_OPTS% | findstr /R /C:" -Xmx" /C:" -Xms" /C:" -XX:MaxHeapSize=" /C:" -XX:MaxRAMPercentage=" /C:" -XX:MaxRAM=" >nul && goto run
set DEFAULTS=%DEFAULTS% "@%FITT_HOME%\lib\jvm\server-heap.options"
rem Settings that name a "database" get a larger first heap (see lib\jvm\server-database-heap.options).
set "FITT_CONFIG=server_setting.json"
call :config_file %*
if not exist "%FITT_CONFIG%" goto run
findstr /R /C:"\"database\" *: *{" "%FITT_CONFIG%" >nul && set DEFAULTS=%DEFAULTS% "@%FITT_HOME%\lib\jvm\server-database-heap.options"

:run
"%JAVA_EXE%" %DEFAULTS% %JAVA_OPTS% -jar "%FITT_HOME%\lib\fitt.jar" %*
exit /b %ERRORLEVEL%

rem The settings file of "fitt server [--config FILE]" into FITT_CONFIG (cmd splits --config=FILE at the "=").
:config_file
if "%~1"=="" exit /b 0
if /I "%~1"=="--config" set "FITT_CONFIG=%~2"
shift
goto config_file
