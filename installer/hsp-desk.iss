; Inno Setup script of HSP Desk: a per-user install (no administrator rights needed) of
; the PyInstaller one-folder build in dist\hsp-desk. Build on Windows, from the repository
; root, after `pyinstaller --noconfirm --clean installer\hsp-desk.spec`:
;     iscc installer\hsp-desk.iss                 (version from the #define below)
;     iscc /DVERSION=0.2.0 installer\hsp-desk.iss  (version given by the build)
; The installer is written to dist\installer\HSP-Desk-Setup-<version>.exe.
;
; Data: the programme lives in %LOCALAPPDATA%\Programs\HSP Desk; the database, its backups
; and the settings live in the user data folder %LOCALAPPDATA%\HSP Desk (see README.md,
; "Where the data lives"). The installer and the uninstaller never write to, nor delete,
; that folder: uninstalling keeps every record and backup.
;
; Upgrades: run a newer installer over an installed HSP Desk. The fixed AppId makes it the
; same application, so it replaces the programme files in place (after closing a running
; HSP Desk) and keeps the data folder. At its first start the new version checks the
; database, takes a "-premigrate" backup and only then runs the database migrations
; (hsp_desk/store/backup.py, hsp_desk/store/migrate.py); the installer itself does not
; touch the database.

#ifndef VERSION
  #define VERSION "0.1.0"
#endif
#define AppName "HSP Desk"
#define AppExe "HSP Desk.exe"
#define CliExe "hsp-desk.exe"
#define Source "..\dist\hsp-desk"

[Setup]
; Never change the AppId: it is what makes a newer installer an upgrade of this one.
AppId={{6D1F3E50-B9C6-42E7-AE7B-E76100015992}
AppName={#AppName}
AppVersion={#VERSION}
AppVerName={#AppName} {#VERSION}
AppPublisher=HSP Desk
VersionInfoVersion={#VERSION}
; Per user: no UAC prompt, installs where the user may write.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\dist\installer
OutputBaseFilename=HSP-Desk-Setup-{#VERSION}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Close a running HSP Desk before replacing its files (upgrade), and start it again after.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "bulgarian"; MessagesFile: "compiler:Languages\Bulgarian.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade first removes the previous build's bundled libraries, so that no stale file
; of an older Python or Qt is left beside the new ones. Only the programme folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} (demo database)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; Checks the installation (fonts, translations, migrations, PDF and Excel output) in a
; temporary folder; the log stays beside the programme for support.
Filename: "{cmd}"; Parameters: "/C """"{app}\{#CliExe}"" --self-test > ""{app}\self-test.log"" 2>&1"""; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only files the programme folder gained after installation. The data folder
; {localappdata}\HSP Desk (database, backups, settings) is deliberately not listed:
; uninstalling never deletes records.
Type: files; Name: "{app}\self-test.log"
Type: dirifempty; Name: "{app}"
