; Inno Setup 6 script: the Windows installer for ClinicDesk.
;
; Build on Windows, from the repository root, after the bundle (installer\README.md):
;   py -3.11 installer\build.py
;   py -3.11 installer\smoke_test.py dist\clinicdesk
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\clinicdesk.iss
; Output: dist\ClinicDesk-<version>-setup.exe
;
; Installs per user by default (no administrator needed; the wizard offers "for all
; users"). Uninstalling removes the program only: clinic databases, backups and logs
; live in the user's data folder (%LOCALAPPDATA%\ClinicDesk) and are never deleted.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ClinicDesk"
#define AppExe "ClinicDesk.exe"

[Setup]
; Never change AppId: it is how Windows recognises an upgrade of the same application.
AppId={{848795BA-38D0-54B1-9BA8-BCD3B483B5F8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ClinicDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\clinicdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=..\..\LICENSE.txt
InfoAfterFile=..\..\dist\clinicdesk\THIRD-PARTY-NOTICES.txt
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running ClinicDesk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The PyInstaller one-folder bundle: ClinicDesk.exe (desktop), clinicdesk-cli.exe
; (command line), _internal\ (Python, Qt, the libraries), the licence notices.
Source: "..\..\dist\clinicdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.clinicdesk.ClinicDesk"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
