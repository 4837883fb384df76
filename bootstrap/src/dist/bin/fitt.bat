@echo off
rem fitt: runs the fitt of this install folder with the Java (17 or newer) of JAVA_HOME or the PATH.
rem The server's JVM defaults are the files in lib\jvm, shared with bin/fitt (Linux, macOS); the
rem rules below are bin/fitt's (lib/launch.bash) less what only Linux has (huge pages, malloc arenas)
rem and the class archive. JAVA_OPTS is passed to java last, so any flag given there wins.
setlocal
set "FITT_HOME=%~dp0.."
set "JAVA_EXE=java"
if exist "%FITT_HOME%\runtime\bin\java.exe" (
    set "JAVA_EXE=%FITT_HOME%\runtime\bin\java.exe"
) else if defined JAVA_HOME (
    set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
)

set "DEFAULTS="
if /I not "%~1"=="server" goto run
set DEFAULTS="@%FITT_HOME%\lib\jvm\server.options"
rem Two collectors on one command line stop the JVM, so a collector in JAVA_OPTS replaces ours.
echo. %JAVA_OPTS% | findstr /R /C:" -XX:+Use[A-Za-z0-9]*GC" >nul || set DEFAULTS=%DEFAULTS% "@%FITT_HOME%\lib\jvm\server-gc.options"
echo. %JAVA_OPTS% | findstr /R /C:" -Xmx" /C:" -Xms" /C:" -XX:MaxHeapSize=" /C:" -XX:MaxRAMPercentage=" /C:" -XX:MaxRAM=" >nul || set DEFAULTS=%DEFAULTS% "@%FITT_HOME%\lib\jvm\server-heap.options"

:run
"%JAVA_EXE%" %DEFAULTS% %JAVA_OPTS% -jar "%FITT_HOME%\lib\fitt.jar" %*
exit /b %ERRORLEVEL%
