<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
<context>
    <name>AdjustPage</name>
    <message>
        <source>Damaged</source>
        <translation>Oštećeno</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Isteklo</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Izgubljeno</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Ukradeno</translation>
    </message>
    <message>
        <source>Found (adds stock)</source>
        <translation>Pronađeno (dodaje na zalihe)</translation>
    </message>
    <message>
        <source>Correction (adds or removes)</source>
        <translation>Ispravka (dodaje ili skida)</translation>
    </message>
    <message>
        <source>Remove from stock</source>
        <translation>Skini sa zaliha</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>Dodaj na zalihe</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(izaberite razlog)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Šta se desilo (neobavezno)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Količina</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Razlog (obavezno)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>Record adjustment (Ctrl+Enter)</source>
        <translation>Zabeleži korekciju (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Korekcija</translation>
    </message>
    <message>
        <source>Adjust stock at {site}</source>
        <translation>Korekcija zaliha na lokaciji {site}</translation>
    </message>
    <message>
        <source>(any lot: soonest expiry first)</source>
        <translation>(bilo koji lot: prvo onaj koji najranije ističe)</translation>
    </message>
    <message>
        <source>{lot}: expires {expiry}, {qty} on hand</source>
        <translation>{lot}: ističe {expiry}, {qty} na zalihama</translation>
    </message>
    <message>
        <source>Recorded: {qty:+d} of {item} at {site} ({reason}).</source>
        <translation>Zabeleženo: {qty:+d} artikla {item} na lokaciji {site} ({reason}).</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Catalogue</source>
        <extracomment>The lowest permission of any tab: logistics officers see the catalogue and sites.</extracomment>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Sites and reorder levels</source>
        <translation>Lokacije i nivoi za naručivanje</translation>
    </message>
    <message>
        <source>Entitlement rules</source>
        <translation>Pravila o pravu na pomoć</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Korisnici</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>Provera knjige zaliha</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Rezervna kopija i vraćanje</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>Sync between laptops</source>
        <translation>Sinhronizacija između laptopova</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administracija</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administracija</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Backup</source>
        <extracomment>Asked before a restore; tests replace it. Returns True to go on. After a restore the application closes: the restored file may need migrating and every page would show the old data. Tests replace it.</extracomment>
        <translation>Rezervna kopija</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Napravljena (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dnevna</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>ručna</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>pre nadogradnje</translation>
    </message>
    <message>
        <source>Size (MiB)</source>
        <translation>Veličina (MiB)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Napravi kopiju sada</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Vrati izabranu rezervnu kopiju…</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Its backups are the server&apos;s job: pg_dump (and pg_restore to bring one back), scheduled on the server by its administrator.</source>
        <translation>Ova baza podataka je na PostgreSQL serveru. Njene rezervne kopije su posao servera: pg_dump (i pg_restore za vraćanje), koje na serveru zakazuje njegov administrator.</translation>
    </message>
    <message>
        <source>Database: {path}. A checked copy is taken every day and before every upgrade; backups are kept in {folder}.</source>
        <translation>Baza podataka: {path}. Proverena kopija se pravi svakog dana i pre svake nadogradnje; rezervne kopije se čuvaju u {folder}.</translation>
    </message>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Rezervna kopija je napravljena i proverena: {name}</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Pravljenje rezervne kopije baze…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Vraćanje rezervne kopije</translation>
    </message>
    <message>
        <source>Replace the database by the backup {name}?

Everything recorded after that backup is no longer in the database (the current file is kept aside, never deleted). HSP Desk closes when the restore is done; start it again to work on the restored data.</source>
        <translation>Zameniti bazu podataka rezervnom kopijom {name}?

Sve što je zabeleženo posle te kopije više neće biti u bazi (trenutna datoteka se čuva po strani, nikad se ne briše). HSP Desk se zatvara kada se vraćanje završi; pokrenite ga ponovo da radite sa vraćenim podacima.</translation>
    </message>
    <message>
        <source>The backup was restored. HSP Desk closes now: start it again.</source>
        <translation>Rezervna kopija je vraćena. HSP Desk se sada zatvara: pokrenite ga ponovo.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Prvo izaberite rezervnu kopiju sa spiska.</translation>
    </message>
    <message>
        <source> The replaced database was kept as {name}.</source>
        <translation> Zamenjena baza podataka je sačuvana kao {name}.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Vraćeno: {name}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Vraćanje…</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Code</source>
        <translation>Šifra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jedinica</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Bar-kod</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Rok trajanja</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serijski broj</translation>
    </message>
    <message>
        <source>Kit components</source>
        <translation>Sastav kompleta</translation>
    </message>
    <message>
        <source>Filter: type part of a code, name or category…</source>
        <translation>Filter: unesite deo šifre, naziva ili kategorije…</translation>
    </message>
    <message>
        <source>e.g. HYG-SHAMPOO</source>
        <translation>npr. HYG-SHAMPOO</translation>
    </message>
    <message>
        <source>Expiry date on every delivery</source>
        <translation>Rok trajanja pri svakoj isporuci</translation>
    </message>
    <message>
        <source>Serial numbers (SIM cards)</source>
        <translation>Serijski brojevi (SIM kartice)</translation>
    </message>
    <message>
        <source>For a kit: HYG-SOAP:2; HYG-TBRUSH:1</source>
        <translation>Za komplet: HYG-SOAP:2; HYG-TBRUSH:1</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>Dodaj artikal</translation>
    </message>
    <message>
        <source>Base unit</source>
        <translation>Osnovna jedinica</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Dodavanje artikla</translation>
    </message>
    <message>
        <source>Item catalogue</source>
        <translation>Katalog artikala</translation>
    </message>
    <message>
        <source>Goods received (receipts)</source>
        <translation>Primljena roba (prijemi)</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Uvezi iz Excela…</translation>
    </message>
    <message>
        <source>Save an empty template…</source>
        <translation>Sačuvaj prazan šablon…</translation>
    </message>
    <message>
        <source>Every row is checked first: one wrong row and nothing is imported.</source>
        <translation>Svaki red se prvo proverava: jedan pogrešan red i ništa se ne uvozi.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Uvoz iz Excela</translation>
    </message>
    <message>
        <source>{code} was added to the catalogue.</source>
        <translation>{code} je dodat u katalog.</translation>
    </message>
    <message>
        <source>Imported {rows} row(s) from {file}: {created}.</source>
        <translation>Uvezeno redova: {rows} iz {file}: {created}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problem(s) in {file}. Correct these rows and import again.</source>
        <translation>Ništa nije uvezeno: problema u {file}: {n}. Ispravite te redove i ponovo uvezite.</translation>
    </message>
    <message>
        <source>Checking and importing the workbook…</source>
        <translation>Provera i uvoz radne sveske…</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Sačuvaj šablon</translation>
    </message>
    <message>
        <source>Template saved: {path}. Fill it in and import it here.</source>
        <translation>Šablon je sačuvan: {path}. Popunite ga i uvezite ovde.</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Blind (counters do not see the expected figures)</source>
        <translation>Na slepo (popisivači ne vide očekivane količine)</translation>
    </message>
    <message>
        <source>Start a count</source>
        <translation>Započni popis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Prebrojano</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Očekivano</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Razlika</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Potreban razlog</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Sačuvaj popisane količine</translation>
    </message>
    <message>
        <source>Counting done: submit</source>
        <translation>Popis završen: predaj</translation>
    </message>
    <message>
        <source>Approve (writes the corrections)</source>
        <translation>Odobri (upisuje ispravke)</translation>
    </message>
    <message>
        <source>Stock counts at {site}</source>
        <translation>Popisi na lokaciji {site}</translation>
    </message>
    <message>
        <source>No count in progress here. Start one to count the shelves.</source>
        <translation>Ovde nema popisa u toku. Započnite jedan da prebrojite police.</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>na slepo</translation>
    </message>
    <message>
        <source>not blind</source>
        <translation>nije na slepo</translation>
    </message>
    <message>
        <source>{number}: {kind} count, {blind}, {status}; {n} of {total} lines counted.</source>
        <translation>{number}: popis ({kind}), {blind}, {status}; prebrojano {n} od {total} redova.</translation>
    </message>
    <message>
        <source>Count {number} started: type what is on each shelf.</source>
        <translation>Popis {number} je započet: unesite šta je na svakoj polici.</translation>
    </message>
    <message>
        <source>Count {number} approved; the stock now matches the shelves.</source>
        <translation>Popis {number} je odobren; zalihe sada odgovaraju policama.</translation>
    </message>
    <message>
        <source>Saved {n} line(s) of {number}.</source>
        <translation>Sačuvano redova iz {number}: {n}.</translation>
    </message>
</context>
<context>
    <name>DistributePage</name>
    <message>
        <source>Scan a card or type its code, then Enter</source>
        <translation>Skenirajte karticu ili unesite njen kod, pa Enter</translation>
    </message>
    <message>
        <source>Without a card: people served</source>
        <translation>Bez kartice: broj usluženih osoba</translation>
    </message>
    <message>
        <source>No card scanned.</source>
        <translation>Nijedna kartica nije skenirana.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartica</translation>
    </message>
    <message>
        <source>May receive today</source>
        <translation>Može da primi danas</translation>
    </message>
    <message>
        <source>Last visits</source>
        <translation>Poslednje posete</translation>
    </message>
    <message>
        <source>Items (click to add; right-click to take one off)</source>
        <translation>Artikli (klik za dodavanje; desni klik za uklanjanje jednog)</translation>
    </message>
    <message>
        <source>Give (Enter)</source>
        <translation>Podeli (Enter)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Obriši (Esc)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Poništi poslednju (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Podela</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Podela</translation>
    </message>
    <message>
        <source>Distribute at {site}</source>
        <translation>Podela na lokaciji {site}</translation>
    </message>
    <message>
        <source>Bundle {name}: {lines}</source>
        <translation>Komplet {name}: {lines}</translation>
    </message>
    <message>
        <source>Card {code}: {status}</source>
        <translation>Kartica {code}: {status}</translation>
    </message>
    <message>
        <source>household of {n}</source>
        <translation>domaćinstvo od {n}</translation>
    </message>
    <message>
        <source>household size not recorded</source>
        <translation>veličina domaćinstva nije upisana</translation>
    </message>
    <message>
        <source>{rule}: not for this household</source>
        <translation>{rule}: nije za ovo domaćinstvo</translation>
    </message>
    <message>
        <source>{rule}: {n} of {limit} left</source>
        <translation>{rule}: preostalo {n} od {limit}</translation>
    </message>
    <message>
        <source>{rule}: none left; again from {day}</source>
        <translation>{rule}: ništa nije preostalo; ponovo od {day}</translation>
    </message>
    <message>
        <source>No rules are set: anything in stock may be given.</source>
        <translation>Nema postavljenih pravila: sve sa zaliha može da se podeli.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(poništeno)</translation>
    </message>
    <message>
        <source>First visit.</source>
        <translation>Prva poseta.</translation>
    </message>
    <message>
        <source>Without a card: enter how many people are served.</source>
        <translation>Bez kartice: unesite koliko je osoba usluženo.</translation>
    </message>
    <message>
        <source>Nothing to give yet: click an item or a bundle.</source>
        <translation>Još ništa za podelu: kliknite na artikal ili komplet.</translation>
    </message>
    <message>
        <source>Scan the person&apos;s card first, or tick “Without a card”.</source>
        <translation>Prvo skenirajte karticu osobe ili označite „Bez kartice”.</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} osoba</translation>
    </message>
    <message>
        <source>Given to {who}: {items}.</source>
        <translation>Podeljeno: {who}: {items}.</translation>
    </message>
    <message>
        <source>The last hand-over was undone; its items are back in stock.</source>
        <translation>Poslednja podela je poništena; njeni artikli su vraćeni na zalihe.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up HSP Desk</source>
        <translation>Podešavanje programa HSP Desk</translation>
    </message>
    <message>
        <source>Your National Society</source>
        <translation>Vaše Nacionalno društvo</translation>
    </message>
    <message>
        <source>This laptop&apos;s database is empty. Three short steps set it up.</source>
        <translation>Baza podataka ovog laptopa je prazna. Tri kratka koraka je podešavaju.</translation>
    </message>
    <message>
        <source>e.g. MNE</source>
        <translation>npr. MNE</translation>
    </message>
    <message>
        <source>e.g. Red Cross of Montenegro</source>
        <translation>npr. Crveni krst Crne Gore</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Kratka šifra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Ova lokacija</translation>
    </message>
    <message>
        <source>The Humanitarian Service Point, warehouse or team this laptop works for.</source>
        <translation>Humanitarna uslužna tačka, magacin ili tim za koji radi ovaj laptop.</translation>
    </message>
    <message>
        <source>e.g. MNE-ROZAJE</source>
        <translation>npr. MNE-ROZAJE</translation>
    </message>
    <message>
        <source>A mobile site (van, tent, team)</source>
        <translation>Mobilna lokacija (kombi, šator, tim)</translation>
    </message>
    <message>
        <source>Start with the standard HSP items (water, food, hygiene kits, SIM cards…)</source>
        <translation>Počni sa standardnim artiklima HSP (voda, hrana, higijenski paketi, SIM kartice…)</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Šifra lokacije</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>The first user</source>
        <translation>Prvi korisnik</translation>
    </message>
    <message>
        <source>A branch manager, who then adds the other users.</source>
        <translation>Rukovodilac ogranka, koji zatim dodaje ostale korisnike.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Password (8 or more characters)</source>
        <translation>Lozinka (8 ili više znakova)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ponovite lozinku</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Dve lozinke se razlikuju. Unesite ih ponovo.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>open</source>
        <translation>otvorena</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zatvorena</translation>
    </message>
    <message>
        <source>&amp;Handover</source>
        <translation>&amp;Primopredaja</translation>
    </message>
    <message>
        <source>Name of the coordinator handing over</source>
        <translation>Ime koordinatora koji predaje smenu</translation>
    </message>
    <message>
        <source>Tick the items counted at this handover</source>
        <translation>Označite artikle koji se broje pri ovoj primopredaji</translation>
    </message>
    <message>
        <source>Count these at every handover here</source>
        <translation>Broj ove pri svakoj primopredaji ovde</translation>
    </message>
    <message>
        <source>Start the handover</source>
        <translation>Započni primopredaju</translation>
    </message>
    <message>
        <source>Outgoing coordinator</source>
        <translation>Koordinator koji predaje</translation>
    </message>
    <message>
        <source>Shift started at</source>
        <translation>Smena je počela u</translation>
    </message>
    <message>
        <source>Start a handover</source>
        <translation>Započinjanje primopredaje</translation>
    </message>
    <message>
        <source>Items to count (blind):</source>
        <translation>Artikli za brojanje (na slepo):</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Prebrojano</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Očekivano</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Razlika</translation>
    </message>
    <message>
        <source>Name of the coordinator taking over</source>
        <translation>Ime koordinatora koji preuzima smenu</translation>
    </message>
    <message>
        <source>Open issues for the next shift: stock expected, broken scanner, … (never about a person)</source>
        <translation>Otvorena pitanja za sledeću smenu: očekivana roba, pokvaren skener, … (nikad o osobi)</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Sačuvaj popisane količine</translation>
    </message>
    <message>
        <source>Close the handover</source>
        <translation>Zatvori primopredaju</translation>
    </message>
    <message>
        <source>Save PDF to sign…</source>
        <translation>Sačuvaj PDF za potpis…</translation>
    </message>
    <message>
        <source>Save Excel…</source>
        <translation>Sačuvaj Excel…</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Otvori izveštaj</translation>
    </message>
    <message>
        <source>Incoming coordinator</source>
        <translation>Koordinator koji preuzima</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Otvorena pitanja</translation>
    </message>
    <message>
        <source>This handover</source>
        <translation>Ova primopredaja</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Primopredaja</translation>
    </message>
    <message>
        <source>Shift handover at {site}</source>
        <translation>Primopredaja smene na lokaciji {site}</translation>
    </message>
    <message>
        <source>{number}: {who}, {status}, since {start}</source>
        <translation>{number}: {who}, {status}, od {start}</translation>
    </message>
    <message>
        <source>No handover here yet. Fill in the left side and start one at the end of the shift.</source>
        <translation>Ovde još nema primopredaje. Popunite levu stranu i započnite je na kraju smene.</translation>
    </message>
    <message>
        <source>{number} is open: {who} hands over. Count each line without looking at the stock list (blind), then enter the incoming coordinator and close.</source>
        <translation>{number} je otvorena: {who} predaje smenu. Prebrojte svaki red bez gledanja u spisak zaliha (na slepo), zatim unesite koordinatora koji preuzima i zatvorite.</translation>
    </message>
    <message>
        <source>No items are counted at this handover.</source>
        <translation>Pri ovoj primopredaji se ne broji nijedan artikal.</translation>
    </message>
    <message>
        <source>{number} closed: {out} handed over to {inc} at {end}.</source>
        <translation>{number} je zatvorena: {out} je predao smenu koordinatoru {inc} u {end}.</translation>
    </message>
    <message>
        <source>Count {count} waits for approval on the Count page (a reason for each variance).</source>
        <translation>Popis {count} čeka odobrenje na stranici Popis (razlog za svaku razliku).</translation>
    </message>
    <message>
        <source>{n} item(s) are now counted at every handover at {site}.</source>
        <translation>Broj artikala koji se sada broje pri svakoj primopredaji na lokaciji {site}: {n}.</translation>
    </message>
    <message>
        <source>Handover {number} started. Count the lines, then close it.</source>
        <translation>Primopredaja {number} je započeta. Prebrojte redove, pa je zatvorite.</translation>
    </message>
    <message>
        <source>Type the counted figures in the Counted column first.</source>
        <translation>Prvo unesite prebrojane količine u kolonu Prebrojano.</translation>
    </message>
    <message>
        <source>Saved {n} counted line(s).</source>
        <translation>Sačuvano prebrojanih redova: {n}.</translation>
    </message>
    <message>
        <source>Handover {number} closed. Save the PDF and sign it together.</source>
        <translation>Primopredaja {number} je zatvorena. Sačuvajte PDF i potpišite ga zajedno.</translation>
    </message>
    <message>
        <source>Save the handover report</source>
        <translation>Sačuvaj izveštaj o primopredaji</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Sačuvano: {path}</translation>
    </message>
    <message>
        <source>Producing the handover report…</source>
        <translation>Izrada izveštaja o primopredaji…</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Item: type a name or code, or scan</source>
        <extracomment>Enter was pressed on a known item (a scanner sends the code and Enter).</extracomment>
        <translation>Artikal: unesite naziv ili šifru, ili skenirajte</translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>Kit</source>
        <translation>Komplet</translation>
    </message>
    <message>
        <source>How many kits</source>
        <translation>Koliko kompleta</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Sastojak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Per kit</source>
        <translation>Po kompletu</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Potrebno</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Na zalihama</translation>
    </message>
    <message>
        <source>Enough for</source>
        <translation>Dovoljno za</translation>
    </message>
    <message>
        <source>Assemble</source>
        <translation>Sastavi</translation>
    </message>
    <message>
        <source>Take apart</source>
        <translation>Rastavi</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Kompleti</translation>
    </message>
    <message>
        <source>Assemble kits at {site}</source>
        <translation>Sastavljanje kompleta na lokaciji {site}</translation>
    </message>
    <message>
        <source>Assembled {n} × {kit} at {site}.</source>
        <translation>Sastavljeno {n} × {kit} na lokaciji {site}.</translation>
    </message>
    <message>
        <source>Took apart {n} × {kit} at {site}.</source>
        <translation>Rastavljeno {n} × {kit} na lokaciji {site}.</translation>
    </message>
</context>
<context>
    <name>LedgerCheckTab</name>
    <message>
        <source>Recomputing every balance from the ledger…</source>
        <extracomment>The words shown for each check while it runs, by the check&apos;s function name.</extracomment>
        <translation>Ponovno računanje svakog stanja iz knjige zaliha…</translation>
    </message>
    <message>
        <source>Checking that every entry is as HSP Desk wrote it…</source>
        <translation>Provera da je svaki unos onakav kakav ga je HSP Desk zapisao…</translation>
    </message>
    <message>
        <source>Checking the hand-outs against the ledger…</source>
        <translation>Provera podela u odnosu na knjigu zaliha…</translation>
    </message>
    <message>
        <source>The check recomputes every stock balance from the movements, and checks that nothing was changed outside HSP Desk. It only reads: hand-outs can go on while it runs. A routine check reads what was written since the last one (seconds); &quot;Check everything&quot; re-reads the whole ledger (about half a minute per million movements).</source>
        <translation>Provera ponovo računa svako stanje zaliha iz kretanja i proverava da ništa nije promenjeno van programa HSP Desk. Samo čita: podele mogu da se nastave dok traje. Redovna provera čita ono što je zapisano od poslednje (nekoliko sekundi); „Proveri sve” ponovo čita celu knjigu zaliha (oko pola minuta na milion kretanja).</translation>
    </message>
    <message>
        <source>Check the ledger</source>
        <translation>Proveri knjigu zaliha</translation>
    </message>
    <message>
        <source>Check everything</source>
        <translation>Proveri sve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gde</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Šta je pronađeno</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>Zaustavljanje provere…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>Provera je zaustavljena. Ništa nije promenjeno.</translation>
    </message>
    <message>
        <source>No problem found. Every balance matches the ledger, and every row and all {n} audit entries are as HSP Desk wrote them.</source>
        <translation>Nije pronađen nijedan problem. Svako stanje odgovara knjizi zaliha, a svaki red i svih {n} unosa revizijskog traga su onakvi kakve ih je HSP Desk zapisao.</translation>
    </message>
    <message>
        <source>No problem found. Every balance matches the ledger, and the {n} entries written since the last check ({when} UTC) are as HSP Desk wrote them.</source>
        <translation>Nije pronađen nijedan problem. Svako stanje odgovara knjizi zaliha, a {n} unosa zapisanih od poslednje provere ({when} UTC) su onakvi kakve ih je HSP Desk zapisao.</translation>
    </message>
    <message>
        <source>{n} problem(s) found; nothing was changed. Each line says where. Keep recording as usual, and send this list to your branch manager: the database was changed outside HSP Desk (or damaged), and the backup from before the change can be restored on the &quot;Backup and restore&quot; tab.</source>
        <translation>Pronađeno problema: {n}; ništa nije promenjeno. Svaki red kaže gde. Nastavite da unosite kao i obično i pošaljite ovaj spisak rukovodiocu ogranka: baza podataka je promenjena van programa HSP Desk (ili oštećena), a rezervna kopija od pre promene može da se vrati na kartici „Rezervna kopija i vraćanje”.</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Lot / batch (optional)</source>
        <translation>Lot / serija (neobavezno)</translation>
    </message>
    <message>
        <source>Only for items with an expiry date</source>
        <translation>Samo za artikle sa rokom trajanja</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Dodaj red</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Količina</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jedinica</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Rok trajanja</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Kol.</translation>
    </message>
    <message>
        <source>Choose an item from the list first.</source>
        <translation>Prvo izaberite artikal sa spiska.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>Unesite količinu veću od 0.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>HSP Desk: screen locked</source>
        <translation>HSP Desk: ekran je zaključan</translation>
    </message>
    <message>
        <source>HSP Desk: sign in</source>
        <translation>HSP Desk: prijava</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Otključaj</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Prijavi se</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Prijavi se kao neko drugi</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use.</source>
        <translation>Ekran je zaključan posle nekog vremena bez korišćenja.</translation>
    </message>
    <message>
        <source>Demo users: volunteer, coordinator, logistics, manager; password {pw}</source>
        <extracomment>How long a Python thread keeps the interpreter lock while another waits for it (the interpreter&apos;s default is 5 ms). The GUI thread takes the lock for every cell Qt paints; while a worker runs Python (a page read ahead, a report, an import), each take may wait the whole interval: stock card frames painted during a read ahead reached 50-54 ms.</extracomment>
        <translation>Demo korisnici: volunteer, coordinator, logistics, manager; lozinka {pw}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HSP Desk</source>
        <translation>HSP Desk</translation>
    </message>
    <message>
        <source>The site you are working at (Ctrl+L)</source>
        <translation>Lokacija na kojoj radite (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Lokacija:</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Prijavljen: {user} ({role})</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Not given</source>
        <translation>Nije podeljeno</translation>
    </message>
    <message>
        <source>Why the rule is set aside (never about the person)</source>
        <translation>Zašto se pravilo zanemaruje (nikad o osobi)</translation>
    </message>
    <message>
        <source>A coordinator may give it anyway, with a reason:</source>
        <translation>Koordinator ipak može da podeli, uz razlog:</translation>
    </message>
    <message>
        <source>Override and give</source>
        <translation>Zanemari pravilo i podeli</translation>
    </message>
    <message>
        <source>Only a coordinator may override this rule. Nothing was recorded.</source>
        <translation>Samo koordinator može da zanemari ovo pravilo. Ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>Do not give</source>
        <translation>Ne deli</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Who delivered (optional)</source>
        <translation>Ko je isporučio (neobavezno)</translation>
    </message>
    <message>
        <source>Note (optional), e.g. the delivery note number</source>
        <translation>Napomena (neobavezno), npr. broj otpremnice</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donator</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Dobavljač</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>Record receipt (Ctrl+Enter)</source>
        <translation>Zabeleži prijem (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Prijem</translation>
    </message>
    <message>
        <source>(no donor)</source>
        <translation>(bez donatora)</translation>
    </message>
    <message>
        <source>Receive goods at {site}</source>
        <translation>Prijem robe na lokaciji {site}</translation>
    </message>
    <message>
        <source>Recorded {number}: {n} line(s) received at {site}.</source>
        <translation>Zabeleženo {number}: primljeno redova na lokaciji {site}: {n}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All sites (branch managers)</source>
        <translation>Sve lokacije (rukovodioci ogranka)</translation>
    </message>
    <message>
        <source>e.g. GRN-MNE-ROZAJE-2026-0007</source>
        <translation>npr. GRN-MNE-ROZAJE-2026-0007</translation>
    </message>
    <message>
        <source>Save report as…</source>
        <translation>Sačuvaj izveštaj kao…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Izveštaj</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lokacije</translation>
    </message>
    <message>
        <source>Period (from, to)</source>
        <translation>Period (od, do)</translation>
    </message>
    <message>
        <source>Item (stock card)</source>
        <translation>Artikal (kartica zaliha)</translation>
    </message>
    <message>
        <source>Document number (GRN, waybill)</source>
        <translation>Broj dokumenta (prijemnica, otpremnica)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Otvori izveštaj</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Izveštaji</translation>
    </message>
    <message>
        <source>Reports for {site}</source>
        <translation>Izveštaji za lokaciju {site}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Sačuvaj izveštaj</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Sačuvano: {path}</translation>
    </message>
    <message>
        <source>Producing the report…</source>
        <translation>Izrada izveštaja…</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Applies to</source>
        <translation>Odnosi se na</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Najviše</translation>
    </message>
    <message>
        <source>Per days</source>
        <translation>Po danima</translation>
    </message>
    <message>
        <source>× household</source>
        <translation>× domaćinstvo</translation>
    </message>
    <message>
        <source>Only with</source>
        <translation>Samo uz</translation>
    </message>
    <message>
        <source>Times the household size</source>
        <translation>Puta veličina domaćinstva</translation>
    </message>
    <message>
        <source>(every household)</source>
        <translation>(svako domaćinstvo)</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Sačuvaj pravilo</translation>
    </message>
    <message>
        <source>Remove the chosen rule</source>
        <translation>Ukloni izabrano pravilo</translation>
    </message>
    <message>
        <source>Item or category</source>
        <translation>Artikal ili kategorija</translation>
    </message>
    <message>
        <source>Per (days)</source>
        <translation>Na (dana)</translation>
    </message>
    <message>
        <source>Only for a household with</source>
        <translation>Samo za domaćinstvo sa</translation>
    </message>
    <message>
        <source>Add or change a rule</source>
        <translation>Dodavanje ili izmena pravila</translation>
    </message>
    <message>
        <source>any {category} item</source>
        <translation>bilo koji artikal iz kategorije {category}</translation>
    </message>
    <message>
        <source>Rule saved: at most {n} per {d} days for {what}.</source>
        <translation>Pravilo je sačuvano: najviše {n} na {d} dana za {what}.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Pravilo je uklonjeno.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Lock the screen after (minutes without use)</source>
        <translation>Zaključaj ekran posle (minuta bez korišćenja)</translation>
    </message>
    <message>
        <source>Forget cards unseen for (days)</source>
        <translation>Zaboravi kartice neviđene (dana)</translation>
    </message>
    <message>
        <source>The screen locks after this long without a key press or click; takes effect at the next sign-in.</source>
        <translation>Ekran se zaključava posle ovoliko vremena bez pritiska tastera ili klika; važi od sledeće prijave.</translation>
    </message>
    <message>
        <source>Cards not seen for this long are purged; the distribution figures stay.</source>
        <translation>Kartice neviđene ovoliko vremena se brišu; brojke o podeli ostaju.</translation>
    </message>
    <message>
        <source>Screens, reports and cards; takes effect when HSP Desk starts again.</source>
        <translation>Ekrani, izveštaji i kartice; važi kada se HSP Desk ponovo pokrene.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>The language follows the laptop&apos;s language, or HSP_DESK_LANG (e.g. fr, ar).</source>
        <translation>Jezik prati jezik laptopa ili HSP_DESK_LANG (npr. fr, ar).</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Sačuvaj podešavanja</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ništa nije promenjeno.</translation>
    </message>
    <message>
        <source>Saved {n} setting(s).</source>
        <translation>Sačuvano podešavanja: {n}.</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>Code</source>
        <translation>Šifra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikal</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Na zalihama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jedinica</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Nivo za naručivanje</translation>
    </message>
    <message>
        <source>Save reorder levels</source>
        <translation>Sačuvaj nivoe za naručivanje</translation>
    </message>
    <message>
        <source>Reorder levels at {site}: an item at or below its level is low stock. Leave empty for none.</source>
        <translation>Nivoi za naručivanje na lokaciji {site}: artikal na svom nivou ili ispod njega ima niske zalihe. Ostavite prazno ako nema nivoa.</translation>
    </message>
    <message>
        <source>Type a level in the Reorder level column first.</source>
        <translation>Prvo unesite nivo u kolonu Nivo za naručivanje.</translation>
    </message>
    <message>
        <source>Saved {n} reorder level(s) at {site}.</source>
        <translation>Sačuvano nivoa za naručivanje na lokaciji {site}: {n}.</translation>
    </message>
</context>
<context>
    <name>StockCardModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Kretanje</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokacija</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Ulaz / izlaz</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uneo</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Prijem</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Izlazni prenos</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Ulazni prenos</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Podela</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korekcija</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>Ispravka po popisu</translation>
    </message>
    <message>
        <source>Kit assembly</source>
        <translation>Sastavljanje kompleta</translation>
    </message>
    <message>
        <source>Kit disassembly</source>
        <translation>Rastavljanje kompleta</translation>
    </message>
</context>
<context>
    <name>StockCardView</name>
    <message>
        <source>Back to stock (Esc)</source>
        <extracomment>Rows fetched per scroll step of the stock card.</extracomment>
        <translation>Nazad na zalihe (Esc)</translation>
    </message>
    <message>
        <source>Stock card: {code}; reading…</source>
        <translation>Kartica zaliha: {code}; čitanje…</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>sve lokacije</translation>
    </message>
    <message>
        <source>Stock card: {name} ({code}) at {site}; on hand {qty} {unit}; {n} movements</source>
        <translation>Kartica zaliha: {name} ({code}) na lokaciji {site}; na zalihama {qty} {unit}; kretanja: {n}</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Filter: type part of an item, category or site…</source>
        <translation>Filter: unesite deo artikla, kategorije ili lokacije…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Sve lokacije</translation>
    </message>
    <message>
        <source>Only low stock, near expiry or running out</source>
        <translation>Samo niske zalihe, blizu isteka roka ili pred nestankom</translation>
    </message>
    <message>
        <source>Red, bold, with a warning sign: at or below the reorder level. Amber with an hourglass: expires within 30 days. Blue, bold: runs out within 7 days at the use of the last {days} days (Days left).</source>
        <translation>Crveno, podebljano, sa znakom upozorenja: na nivou za naručivanje ili ispod njega. Narandžasto sa peščanim satom: ističe u roku od 30 dana. Plavo, podebljano: nestaje u roku od 7 dana po potrošnji u poslednjih {days} dana (Preostalo dana).</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the item&apos;s stock card</source>
        <translation>Dvaput kliknite ili pritisnite Enter za karticu zaliha artikla</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Zalihe</translation>
    </message>
    <message>
        <source>Stock on hand: all sites</source>
        <translation>Stanje zaliha: sve lokacije</translation>
    </message>
    <message>
        <source>Stock on hand: {site}</source>
        <translation>Stanje zaliha: {site}</translation>
    </message>
    <message>
        <source>{n} items in stock; {low} low; {soon} near expiry; {out} run out within 7 days</source>
        <translation>Artikala na zalihama: {n}; niskih: {low}; blizu isteka roka: {soon}; nestaje za 7 dana: {out}</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Site</source>
        <extracomment>Lots expiring within this many days are &quot;near expiry&quot;. Items whose stock lasts this many days or less at the recent rate of use &quot;run out soon&quot;. translate(&quot;Context&quot;, &quot;...&quot;) with literal text, so that pyside6-lupdate extracts it.</extracomment>
        <translation>Lokacija</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Na zalihama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jedinica</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Nivo za naručivanje</translation>
    </message>
    <message>
        <source>Nearest expiry</source>
        <translation>Najbliži rok trajanja</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Preostalo dana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Low stock</source>
        <extracomment>Days of stock left per (site code, item code); None: nothing was used lately.</extracomment>
        <translation>Niske zalihe</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Isteklo</translation>
    </message>
    <message>
        <source>Expires in {0} days</source>
        <translation>Ističe za {0} dana</translation>
    </message>
    <message>
        <source>Runs out in {0} days</source>
        <translation>Nestaje za {0} dana</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Export a bundle…</source>
        <translation>Izvezi paket…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Uvezi paket…</translation>
    </message>
    <message>
        <source>Households served beyond a rule on two laptops while offline (short household id only):</source>
        <translation>Domaćinstva uslužena preko pravila na dva laptopa dok su bili van mreže (samo kratka oznaka domaćinstva):</translation>
    </message>
    <message>
        <source>This laptop: {device}. Last bundle exported: {last}. Changes recorded since: {n}. Bundles imported from {devices} other laptop(s); {held} held back.</source>
        <translation>Ovaj laptop: {device}. Poslednji izvezeni paket: {last}. Izmena zabeleženih od tada: {n}. Paketi uvezeni sa drugih laptopova: {devices}; zadržano: {held}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>još nijedan</translation>
    </message>
    <message>
        <source>There is no branch key on this laptop yet: import the branch&apos;s key file with &apos;hsp-desk bundle key import FILE&apos;.</source>
        <translation>Na ovom laptopu još nema ključa ogranka: uvezite datoteku sa ključem ogranka pomoću &apos;hsp-desk bundle key import FILE&apos;.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Izvoz paketa</translation>
    </message>
    <message>
        <source>Collecting what this laptop recorded…</source>
        <translation>Prikupljanje onoga što je ovaj laptop zabeležio…</translation>
    </message>
    <message>
        <source>Nothing new since the last bundle: no file was written.</source>
        <translation>Ništa novo od poslednjeg paketa: nijedna datoteka nije napravljena.</translation>
    </message>
    <message>
        <source>Bundle #{seq} written to {path}: {n} row(s), {m} movement(s). Take it to the other laptop and import it there.</source>
        <translation>Paket br. {seq} je upisan u {path}: redova {n}, kretanja {m}. Odnesite ga na drugi laptop i tamo ga uvezite.</translation>
    </message>
    <message>
        <source>Exporting the bundle…</source>
        <translation>Izvoz paketa…</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Uvoz paketa</translation>
    </message>
    <message>
        <source>Checking the seal and importing…</source>
        <translation>Provera pečata i uvoz…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Uvoz paketa…</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} was imported before: nothing changed.</source>
        <translation>Paket br. {seq} sa {device} je već uvezen: ništa se nije promenilo.</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} is held back until bundle(s) {missing} of that laptop are imported; it is then imported by itself.</source>
        <translation>Paket br. {seq} sa {device} se zadržava dok se ne uvezu paketi {missing} sa tog laptopa; tada se uvozi sam.</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} imported: {new} new row(s), {moves} movement(s); {updated} updated; {present} already here.</source>
        <translation>Paket br. {seq} sa {device} je uvezen: novih redova {new}, kretanja {moves}; ažurirano {updated}; već ovde {present}.</translation>
    </message>
    <message>
        <source>{n} held bundle(s) were imported after it.</source>
        <translation>Posle njega je uvezeno zadržanih paketa: {n}.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job that wrote to the database finished: pages refresh what they show.</extracomment>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Print new cards…</source>
        <extracomment>Set by tests and scripts to skip the Save-as dialog.</extracomment>
        <translation>Štampaj nove kartice…</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>Nove kartice</translation>
    </message>
    <message>
        <source>How many cards</source>
        <translation>Koliko kartica</translation>
    </message>
    <message>
        <source>Scan the old card, or type its code</source>
        <translation>Skenirajte staru karticu ili unesite njen kod</translation>
    </message>
    <message>
        <source>Replace the lost card…</source>
        <translation>Zameni izgubljenu karticu…</translation>
    </message>
    <message>
        <source>Lost or damaged card</source>
        <translation>Izgubljena ili oštećena kartica</translation>
    </message>
    <message>
        <source>Old card</source>
        <translation>Stara kartica</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Otvori PDF</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kartice</translation>
    </message>
    <message>
        <source>Anonymous cards at {site}</source>
        <translation>Anonimne kartice na lokaciji {site}</translation>
    </message>
    <message>
        <source>Save the card sheet</source>
        <translation>Sačuvaj tabak sa karticama</translation>
    </message>
    <message>
        <source>{n} cards on {pages} page(s): {path}</source>
        <translation>Kartica: {n} na {pages} str.: {path}</translation>
    </message>
    <message>
        <source>Printing cards…</source>
        <translation>Štampanje kartica…</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Sačuvaj novu karticu</translation>
    </message>
    <message>
        <source>The old card is revoked. New card {code} (same household): {path}</source>
        <translation>Stara kartica je opozvana. Nova kartica {code} (isto domaćinstvo): {path}</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <source>Note (optional): driver, vehicle…</source>
        <translation>Napomena (neobavezno): vozač, vozilo…</translation>
    </message>
    <message>
        <source>Dispatch waybill (Ctrl+Enter)</source>
        <translation>Pošalji otpremnicu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>Slanje robe</translation>
    </message>
    <message>
        <source>To site</source>
        <translation>Na lokaciju</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Otpremnica</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Poslato</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslato</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primljeno</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>Izgubljeno u transportu</translation>
    </message>
    <message>
        <source>Receive this waybill</source>
        <translation>Primi ovu otpremnicu</translation>
    </message>
    <message>
        <source>Choose a waybill; type what arrived in the Received column.</source>
        <translation>Izaberite otpremnicu; unesite šta je stiglo u kolonu Primljeno.</translation>
    </message>
    <message>
        <source>Waybills in transit</source>
        <translation>Otpremnice u transportu</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Prenos</translation>
    </message>
    <message>
        <source>Transfers from and to {site}</source>
        <translation>Prenosi sa lokacije i na lokaciju {site}</translation>
    </message>
    <message>
        <source>Waybill {number} dispatched to {site}; it is now in transit.</source>
        <translation>Otpremnica {number} je poslata na lokaciju {site}; sada je u transportu.</translation>
    </message>
    <message>
        <source>Type what arrived in the Received column, then receive.</source>
        <translation>Unesite šta je stiglo u kolonu Primljeno, pa primite.</translation>
    </message>
    <message>
        <source>This waybill goes to {site}: receive it there (choose that site at the top).</source>
        <translation>Ova otpremnica ide na lokaciju {site}: primite je tamo (izaberite tu lokaciju na vrhu).</translation>
    </message>
    <message>
        <source>Waybill {number} received.</source>
        <translation>Otpremnica {number} je primljena.</translation>
    </message>
    <message>
        <source>{n} unit(s) lost in transit are recorded on the waybill.</source>
        <translation>Jedinica izgubljenih u transportu, zabeleženih na otpremnici: {n}.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>onemogućen</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Poslednja prijava</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Zaključan do</translation>
    </message>
    <message>
        <source>e.g. amina.h</source>
        <translation>npr. amina.h</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>Dodaj korisnika</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Password (8 or more)</source>
        <translation>Lozinka (8 ili više)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ponovite lozinku</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Dodavanje korisnika</translation>
    </message>
    <message>
        <source>Choose a user in the list.</source>
        <translation>Izaberite korisnika sa spiska.</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Promeni ulogu</translation>
    </message>
    <message>
        <source>Set this password</source>
        <translation>Postavi ovu lozinku</translation>
    </message>
    <message>
        <source>Disable (cannot sign in)</source>
        <translation>Onemogući (ne može da se prijavi)</translation>
    </message>
    <message>
        <source>Enable again</source>
        <translation>Ponovo omogući</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova lozinka</translation>
    </message>
    <message>
        <source>The chosen user</source>
        <translation>Izabrani korisnik</translation>
    </message>
    <message>
        <source>{user} is disabled.</source>
        <translation>{user} je onemogućen.</translation>
    </message>
    <message>
        <source>{user} may sign in again.</source>
        <translation>{user} ponovo može da se prijavi.</translation>
    </message>
    <message>
        <source>{user} ({name}), {role}</source>
        <translation>{user} ({name}), {role}</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Dve lozinke se razlikuju. Unesite ih ponovo.</translation>
    </message>
    <message>
        <source>{user} was added as {role}.</source>
        <translation>{user} je dodat kao {role}.</translation>
    </message>
    <message>
        <source>{user} is now {role}.</source>
        <translation>{user} je sada {role}.</translation>
    </message>
    <message>
        <source>{user} has a new password (and is no longer locked out).</source>
        <translation>{user} ima novu lozinku (i više nije zaključan).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong: {0}</source>
        <extracomment>translate(&quot;errors&quot;, &quot;...&quot;) with literal text, so that pyside6-lupdate extracts it.</extracomment>
        <translation>Nešto nije u redu: {0}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ništa nije sačuvano.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nije urađeno</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Nešto nije u redu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotovo</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>volunteer</source>
        <extracomment>The role names of domain.roles.LABELS, marked here for translation (the domain has no Qt).</extracomment>
        <translation>volonter</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>logistics officer</source>
        <translation>službenik za logistiku</translation>
    </message>
    <message>
        <source>branch manager</source>
        <translation>rukovodilac ogranka</translation>
    </message>
</context>
</TS>
