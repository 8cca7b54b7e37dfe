; Inno Setup 6 script: a per-user Windows installer for the one-folder bundle.
; It cannot be built on the Linux machine this project runs on; on Windows:
;   .venv\Scripts\pyinstaller --noconfirm --clean build.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\clientela.iss
; AppVersion must be services/about.py's VERSION (tests/test_packaging.py checks the default).
; The result is dist\clientela-<version>-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Clientela"
#define AppExe "clientela.exe"
; The console twin (build.spec): the windowed clientela.exe has no stdout, so scripts and the
; terminal use clientela-cli.exe, e.g. `clientela-cli list`.
#define CliExe "clientela-cli.exe"
; Paths are relative to this script's folder.
#define Root "..\.."

[Setup]
; The identity Windows keeps the installation under: never change it between versions.
AppId={{6F1B7C52-3E0A-4C8B-9A57-2D4E8B1C0F93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Clientela contributors
AppCopyright=Copyright (c) 2026 Clientela contributors
VersionInfoVersion={#AppVersion}
; Per user, no administrator rights: {autopf} becomes %LOCALAPPDATA%\Programs, {autoprograms}
; and {autodesktop} the user's own Start menu and desktop.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#Root}\resources\icons\clientela.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile={#Root}\LICENSE
OutputDir={#Root}\dist
OutputBaseFilename=clientela-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Closes a running Clientela before replacing its files.
CloseApplications=yes
; The optional PATH entry (below) reaches new terminals without signing out.
ChangesEnvironment=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.AddToPath=Add the command line (%1) to PATH
spanish.AddToPath=Poner el programa de consola (%1) en el PATH

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
; So that `clientela-cli` runs from any terminal; only the user's own PATH, undone on uninstall.
Name: "addtopath"; Description: "{cm:AddToPath,{#CliExe}}"

[Files]
; The whole one-folder bundle; the user's data lives elsewhere (%LOCALAPPDATA%\clientela),
; so uninstalling removes the program and leaves the client book alone.
Source: "{#Root}\dist\clientela\*"; DestDir: "{app}"; Excludes: "{#CliExe}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Named on its own line so that a bundle built without it stops the installer's build.
Source: "{#Root}\dist\clientela\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotInPath(ExpandConstant('{app}'))

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// Whether the folder is missing from the user's PATH (compared without case, as Windows does).
function NotInPath(Folder: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

// Uninstalling takes the folder out of the user's PATH again, leaving the other entries.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Folder: string;
  At: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    exit;
  Folder := ExpandConstant('{app}');
  Path := ';' + Path + ';';
  At := Pos(';' + Uppercase(Folder) + ';', Uppercase(Path));
  if At = 0 then
    exit;
  Delete(Path, At, Length(Folder) + 1);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Copy(Path, 2, Length(Path) - 2));
end;
