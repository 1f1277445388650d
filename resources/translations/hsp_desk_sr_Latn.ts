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
        <source>not used yet</source>
        <extracomment>A card&apos;s status in words (a revoked card is refused before it is shown).</extracomment>
        <translation>još nije korišćena</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>u upotrebi</translation>
    </message>
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
        <source>; </source>
        <comment>between the parts of the card&apos;s line</comment>
        <translation>; </translation>
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
    <message>
        <source>
  ... and {n} more</source>
        <translation>
  ... i još {n}</translation>
    </message>
    <message>
        <source>
... and {n} more.</source>
        <translation>
... i još {n}.</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> dana {day}</translation>
    </message>
    <message>
        <source> per household member ({limit} for {size})</source>
        <translation> po članu domaćinstva ({limit} za domaćinstvo od {size})</translation>
    </message>
    <message>
        <source>&apos;hsp-desk sites&apos; lists the sites; their codes start with it.</source>
        <translation>&apos;hsp-desk sites&apos; prikazuje spisak lokacija; njihove šifre počinju šifrom Nacionalnog društva.</translation>
    </message>
    <message>
        <source>&apos;hsp-desk tokens keys&apos; lists them.</source>
        <translation>&apos;hsp-desk tokens keys&apos; prikazuje njihov spisak.</translation>
    </message>
    <message>
        <source>&apos;hsp-desk tokens rules&apos; lists them.</source>
        <translation>&apos;hsp-desk tokens rules&apos; prikazuje njihov spisak.</translation>
    </message>
    <message>
        <source>&apos;{band}&apos; is not an age band; use one of {bands}.</source>
        <translation>&apos;{band}&apos; nije starosna grupa; koristite jednu od: {bands}.</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not an item category.</source>
        <translation>&apos;{category}&apos; nije kategorija artikla.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; cannot be a deployment code.</source>
        <translation>&apos;{code}&apos; ne može da bude šifra instalacije.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a flag.</source>
        <translation>&apos;{flag}&apos; nije važeća oznaka.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a flag; use one of {flags}.</source>
        <translation>&apos;{flag}&apos; nije važeća oznaka; koristite jednu od: {flags}.</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not an adjustment reason.</source>
        <translation>&apos;{given}&apos; nije razlog za korekciju.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; cannot be imported.</source>
        <translation>&apos;{kind}&apos; ne može da se uveze.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of count.</source>
        <translation>&apos;{kind}&apos; nije vrsta popisa.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a .pdf nor a .xlsx file name.</source>
        <translation>&apos;{name}&apos; nije naziv datoteke .pdf ni .xlsx.</translation>
    </message>
    <message>
        <source>&apos;{sex}&apos; is not one of {sexes} (female, male, other or not said).</source>
        <translation>&apos;{sex}&apos; nije jedno od: {sexes} (žensko, muško, drugo ili nije navedeno).</translation>
    </message>
    <message>
        <source>&apos;{site_type}&apos; is not a site type.</source>
        <translation>&apos;{site_type}&apos; nije vrsta lokacije.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ledger fingerprint.</source>
        <translation>&apos;{text}&apos; nije otisak knjige kretanja.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; nije broj</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; nije ceo broj</translation>
    </message>
    <message>
        <source>, only for a household with: {flag}</source>
        <translation>, samo za domaćinstvo sa: {flag}</translation>
    </message>
    <message>
        <source>A batch is 1 to {limit} cards.</source>
        <translation>Jedna serija ima od 1 do {limit} kartica.</translation>
    </message>
    <message>
        <source>A branch name is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>Naziv ogranka ima od 1 do 64 slova, cifre, &apos;-&apos;, &apos;_&apos; ili &apos;.&apos;.</translation>
    </message>
    <message>
        <source>A card code has letters and digits only, e.g. 7K3Q-M9XA-22FB-HC4D-Z. Nothing was recorded. Scan the QR code again, or type the code printed under it.</source>
        <translation>Kod kartice sadrži samo slova i cifre, npr. 7K3Q-M9XA-22FB-HC4D-Z. Ništa nije zabeleženo. Ponovo skenirajte QR kod ili unesite kod odštampan ispod njega.</translation>
    </message>
    <message>
        <source>A card code has {length} characters (16 and a last check character); this one has {typed}.</source>
        <translation>Kod kartice ima {length} znakova (16 i poslednji kontrolni znak); ovaj ima {typed}.</translation>
    </message>
    <message>
        <source>A coordinator can issue a new card. Nothing was recorded.</source>
        <translation>Koordinator može da izda novu karticu. Ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>A coordinator can undo an older one from the history.</source>
        <translation>Koordinator može da poništi neku raniju podelu iz istorije.</translation>
    </message>
    <message>
        <source>A forecast over {days} days is not possible.</source>
        <translation>Prognoza za {days} dana nije moguća.</translation>
    </message>
    <message>
        <source>A full count takes every item at the site.</source>
        <translation>Potpun popis obuhvata sve artikle na lokaciji.</translation>
    </message>
    <message>
        <source>A goods received note needs at least one line.</source>
        <translation>Prijemnica mora da ima najmanje jedan red.</translation>
    </message>
    <message>
        <source>A hand-over to a card is for one household: no head count.</source>
        <translation>Podela na karticu je za jedno domaćinstvo: bez broja osoba.</translation>
    </message>
    <message>
        <source>A hand-over without a card needs the number of people served.</source>
        <translation>Za podelu bez kartice potreban je broj usluženih osoba.</translation>
    </message>
    <message>
        <source>A handover needs the incoming coordinator&apos;s name.</source>
        <translation>Za primopredaju je potrebno ime koordinatora koji preuzima smenu.</translation>
    </message>
    <message>
        <source>A handover needs the outgoing coordinator&apos;s name.</source>
        <translation>Za primopredaju je potrebno ime koordinatora koji predaje smenu.</translation>
    </message>
    <message>
        <source>A handover report is saved as .pdf or .xlsx, not &apos;{given}&apos;.</source>
        <translation>Izveštaj o primopredaji se čuva kao .pdf ili .xlsx, a ne kao &apos;{given}&apos;.</translation>
    </message>
    <message>
        <source>A household size is 1 to {most}.</source>
        <translation>Veličina domaćinstva je od 1 do {most}.</translation>
    </message>
    <message>
        <source>A partial count needs the items to count.</source>
        <translation>Za delimičan popis potrebni su artikli koji se popisuju.</translation>
    </message>
    <message>
        <source>A passphrase for the branch key needs at least {min} characters.</source>
        <translation>Pristupna fraza za ključ ogranka mora da ima najmanje {min} znakova.</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Lozinka mora da ima najmanje {min} znakova.</translation>
    </message>
    <message>
        <source>A quantity must be a whole number.</source>
        <translation>Količina mora da bude ceo broj.</translation>
    </message>
    <message>
        <source>A quantity of 0 records nothing.</source>
        <translation>Količina 0 ne beleži ništa.</translation>
    </message>
    <message>
        <source>A quantity to issue must be above 0.</source>
        <translation>Količina za izdavanje mora da bude veća od 0.</translation>
    </message>
    <message>
        <source>A reorder level cannot be below 0.</source>
        <translation>Nivo za naručivanje ne može da bude manji od 0.</translation>
    </message>
    <message>
        <source>A reorder level must be a whole number of 0 or more, not {level!r}.</source>
        <translation>Nivo za naručivanje mora da bude ceo broj, 0 ili veći, a ne {level!r}.</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>Za storniranje je potreban razlog.</translation>
    </message>
    <message>
        <source>A rule needs a quantity above 0 and a period of 1 to 3660 days.</source>
        <translation>Pravilo mora da ima količinu veću od 0 i period od 1 do 3660 dana.</translation>
    </message>
    <message>
        <source>A site with the code {code} exists already.</source>
        <translation>Lokacija sa šifrom {code} već postoji.</translation>
    </message>
    <message>
        <source>A stock card is for one item.</source>
        <translation>Kartica zaliha je za jedan artikal.</translation>
    </message>
    <message>
        <source>A stock card is for one site, or for all sites together.</source>
        <translation>Kartica zaliha je za jednu lokaciju ili za sve lokacije zajedno.</translation>
    </message>
    <message>
        <source>A transfer must go to another site.</source>
        <translation>Prenos mora da ide na drugu lokaciju.</translation>
    </message>
    <message>
        <source>A waybill needs at least one line.</source>
        <translation>Otpremnica mora da ima najmanje jedan red.</translation>
    </message>
    <message>
        <source>A {kind} can only add to stock.</source>
        <translation>Kretanje vrste „{kind}” može samo da dodaje na zalihe.</translation>
    </message>
    <message>
        <source>A {kind} can only take from stock.</source>
        <translation>Kretanje vrste „{kind}” može samo da skida sa zaliha.</translation>
    </message>
    <message>
        <source>Add more sites in Admin instead.</source>
        <translation>Umesto toga, dodajte nove lokacije u Administraciji.</translation>
    </message>
    <message>
        <source>Add the donor to the catalogue first, or leave the donor empty.</source>
        <translation>Prvo dodajte donatora u katalog ili ostavite polje za donatora prazno.</translation>
    </message>
    <message>
        <source>Add the items received.</source>
        <translation>Dodajte primljene artikle.</translation>
    </message>
    <message>
        <source>Add the items sent.</source>
        <translation>Dodajte poslate artikle.</translation>
    </message>
    <message>
        <source>An adjustment needs a reason (damaged, expired, lost, stolen, found or correction).</source>
        <translation>Za korekciju je potreban razlog (oštećeno, isteklo, izgubljeno, ukradeno, pronađeno ili ispravka).</translation>
    </message>
    <message>
        <source>An adjustment of 0 changes nothing.</source>
        <translation>Korekcija od 0 ništa ne menja.</translation>
    </message>
    <message>
        <source>An item needs a code and a name.</source>
        <translation>Artikal mora da ima šifru i naziv.</translation>
    </message>
    <message>
        <source>An item with the code {code} exists already.</source>
        <translation>Artikal sa šifrom {code} već postoji.</translation>
    </message>
    <message>
        <source>An override reason is at most {limit} characters.</source>
        <translation>Razlog za zanemarivanje pravila može da ima najviše {limit} znakova.</translation>
    </message>
    <message>
        <source>Another laptop was changing the same stock at the same moment.</source>
        <translation>Drugi laptop je u istom trenutku menjao iste zalihe.</translation>
    </message>
    <message>
        <source>Approve or cancel that count first.</source>
        <translation>Prvo odobrite ili otkažite taj popis.</translation>
    </message>
    <message>
        <source>Ask for the person&apos;s new card. Nothing was recorded.</source>
        <translation>Zatražite novu karticu te osobe. Ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the pg_dump schedule.</source>
        <translation>Raspitajte se kod administratora servera o rasporedu za pg_dump.</translation>
    </message>
    <message>
        <source>Ask your branch manager.</source>
        <translation>Obratite se rukovodiocu ogranka.</translation>
    </message>
    <message>
        <source>Bundle {seq} of {device} takes out more stock than this database holds: {listed} and {more} more.</source>
        <translation>Paket br. {seq} sa {device} skida više zaliha nego što ih ima u ovoj bazi podataka: {listed} i još {more}.</translation>
    </message>
    <message>
        <source>Bundle {seq} of {device} takes out more stock than this database holds: {listed}.</source>
        <translation>Paket br. {seq} sa {device} skida više zaliha nego što ih ima u ovoj bazi podataka: {listed}.</translation>
    </message>
    <message>
        <source>Cancelling a count needs a reason.</source>
        <translation>Za otkazivanje popisa potreban je razlog.</translation>
    </message>
    <message>
        <source>Check both and try again; after 5 wrong passwords the account is locked for 5 minutes.</source>
        <translation>Proverite oba i pokušajte ponovo; posle 5 pogrešnih lozinki nalog se zaključava na 5 minuta.</translation>
    </message>
    <message>
        <source>Check that both laptops run the same HSP Desk version. Nothing was imported.</source>
        <translation>Proverite da li oba laptopa imaju istu verziju programa HSP Desk. Ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>Check that you chose the .hspsync file written by &apos;bundle export&apos;. Nothing was imported.</source>
        <translation>Proverite da li ste izabrali datoteku .hspsync koju je napravio &apos;bundle export&apos;. Ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>Check the code against the card and type it again, or scan the QR code. Nothing was recorded.</source>
        <translation>Uporedite kod sa karticom i ponovo ga unesite ili skenirajte QR kod. Ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>Check the code on the card, e.g. 7K3Q-M9XA-22FB-HC4D-Z, and type it again. Nothing was recorded.</source>
        <translation>Proverite kod na kartici, npr. 7K3Q-M9XA-22FB-HC4D-Z, i ponovo ga unesite. Ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>Check the code; &apos;hsp-desk items&apos; lists the catalogue.</source>
        <translation>Proverite šifru; &apos;hsp-desk items&apos; prikazuje katalog.</translation>
    </message>
    <message>
        <source>Check the code; &apos;hsp-desk sites&apos; lists them.</source>
        <translation>Proverite šifru; &apos;hsp-desk sites&apos; prikazuje spisak lokacija.</translation>
    </message>
    <message>
        <source>Check the count number.</source>
        <translation>Proverite broj popisa.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Proverite naziv datoteke i fasciklu.</translation>
    </message>
    <message>
        <source>Check the id.</source>
        <translation>Proverite ID.</translation>
    </message>
    <message>
        <source>Check the item code.</source>
        <translation>Proverite šifru artikla.</translation>
    </message>
    <message>
        <source>Check the lot number and the date on the box.</source>
        <translation>Proverite broj lota i datum na kutiji.</translation>
    </message>
    <message>
        <source>Check the lot number on the box.</source>
        <translation>Proverite broj lota na kutiji.</translation>
    </message>
    <message>
        <source>Check the lot number on the box; goods of a new lot are received on a GRN.</source>
        <translation>Proverite broj lota na kutiji; roba iz novog lota se prima na prijemnicu (GRN).</translation>
    </message>
    <message>
        <source>Check the movement id.</source>
        <translation>Proverite ID kretanja.</translation>
    </message>
    <message>
        <source>Check the name of the backup file.</source>
        <translation>Proverite naziv datoteke rezervne kopije.</translation>
    </message>
    <message>
        <source>Check the number on the load sheet.</source>
        <translation>Proverite broj na tovarnom listu.</translation>
    </message>
    <message>
        <source>Check the number on the paper.</source>
        <translation>Proverite broj na papirnom dokumentu.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Proverite putanju.</translation>
    </message>
    <message>
        <source>Check the quantity&apos;s sign.</source>
        <translation>Proverite predznak količine.</translation>
    </message>
    <message>
        <source>Check the shift&apos;s start time.</source>
        <translation>Proverite vreme početka smene.</translation>
    </message>
    <message>
        <source>Check the times.</source>
        <translation>Proverite vremena.</translation>
    </message>
    <message>
        <source>Choose a file made by hsp-desk backup.</source>
        <translation>Izaberite datoteku koju je napravio hsp-desk backup.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .xlsx.</source>
        <translation>Izaberite naziv datoteke koji se završava na .pdf ili .xlsx.</translation>
    </message>
    <message>
        <source>Choose a longer one (a few words). Nothing was written.</source>
        <translation>Izaberite dužu (nekoliko reči). Ništa nije zapisano.</translation>
    </message>
    <message>
        <source>Choose a longer one; a short sentence is easy to remember.</source>
        <translation>Izaberite dužu; kratka rečenica se lako pamti.</translation>
    </message>
    <message>
        <source>Choose a lot from the list.</source>
        <translation>Izaberite lot sa spiska.</translation>
    </message>
    <message>
        <source>Choose a lot of the same item.</source>
        <translation>Izaberite lot istog artikla.</translation>
    </message>
    <message>
        <source>Choose a new file name.</source>
        <translation>Izaberite novi naziv datoteke.</translation>
    </message>
    <message>
        <source>Choose a reason that fits, &apos;counting error&apos; or &apos;other&apos; with a note.</source>
        <translation>Izaberite odgovarajući razlog, &apos;counting error&apos; (greška u brojanju) ili &apos;other&apos; (drugo) uz napomenu.</translation>
    </message>
    <message>
        <source>Choose a shorter period or fewer sites.</source>
        <translation>Izaberite kraći period ili manje lokacija.</translation>
    </message>
    <message>
        <source>Choose a site from the list.</source>
        <translation>Izaberite lokaciju sa spiska.</translation>
    </message>
    <message>
        <source>Choose an item from the catalogue.</source>
        <translation>Izaberite artikal iz kataloga.</translation>
    </message>
    <message>
        <source>Choose an older backup.</source>
        <translation>Izaberite stariju rezervnu kopiju.</translation>
    </message>
    <message>
        <source>Choose another code.</source>
        <translation>Izaberite drugu šifru.</translation>
    </message>
    <message>
        <source>Choose another number of cards.</source>
        <translation>Izaberite drugi broj kartica.</translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation>Izaberite drugo korisničko ime.</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>Izaberite najmanje jedan artikal.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Izaberite jednu sa spiska.</translation>
    </message>
    <message>
        <source>Choose one of: {kinds}.</source>
        <translation>Izaberite jedno od: {kinds}.</translation>
    </message>
    <message>
        <source>Choose one of: {languages}.</source>
        <translation>Izaberite jedno od: {languages}.</translation>
    </message>
    <message>
        <source>Choose one of: {reports}.</source>
        <translation>Izaberite jedno od: {reports}.</translation>
    </message>
    <message>
        <source>Choose one of: {roles}.</source>
        <translation>Izaberite jedno od: {roles}.</translation>
    </message>
    <message>
        <source>Choose the file written by &apos;bundle key export&apos;. Nothing was changed.</source>
        <translation>Izaberite datoteku koju je napravio &apos;bundle key export&apos;. Ništa nije promenjeno.</translation>
    </message>
    <message>
        <source>Choose the reason and record it again.</source>
        <translation>Izaberite razlog i ponovo zabeležite korekciju.</translation>
    </message>
    <message>
        <source>Choose the receiving site.</source>
        <translation>Izaberite lokaciju koja prima robu.</translation>
    </message>
    <message>
        <source>Close HSP Desk on this laptop (every window), then try again.</source>
        <translation>Zatvorite HSP Desk na ovom laptopu (svaki prozor), pa pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Compare each character with the card and type it again. Nothing was recorded.</source>
        <translation>Uporedite svaki znak sa karticom i ponovo unesite kod. Ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>Correct its components.</source>
        <translation>Ispravite njegov sastav.</translation>
    </message>
    <message>
        <source>Correct the kit&apos;s components.</source>
        <translation>Ispravite sastav kompleta.</translation>
    </message>
    <message>
        <source>Correct the line and record the note again.</source>
        <translation>Ispravite red i ponovo zabeležite prijemnicu.</translation>
    </message>
    <message>
        <source>Correct these rows in the workbook and import it again.</source>
        <translation>Ispravite ove redove u radnoj svesci i ponovo je uvezite.</translation>
    </message>
    <message>
        <source>Count every item that was loaded or is on board (0 if none is left). Nothing was recorded.</source>
        <translation>Prebrojte svaki artikal koji je utovaren ili je u vozilu (0 ako ništa nije ostalo). Ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>Count them (enter 0 for an empty shelf), or start a partial count instead.</source>
        <translation>Prebrojte ih (unesite 0 za praznu policu) ili umesto toga započnite delimičan popis.</translation>
    </message>
    <message>
        <source>Count {number} cannot be approved yet:
  - {problems}</source>
        <translation>Popis {number} još ne može da se odobri:
  - {problems}</translation>
    </message>
    <message>
        <source>Count {number} is {status}.</source>
        <translation>Popis {number} ima status „{status}”.</translation>
    </message>
    <message>
        <source>Count {number}: the correction of {item} would take {requested} away, but only {on_hand} are on hand now at {site} (stock left after the line was counted).</source>
        <translation>Popis {number}: ispravka za {item} bi skinula {requested}, ali je sada na lokaciji {site} na zalihama samo {on_hand} (zalihe preostale posle popisa tog reda).</translation>
    </message>
    <message>
        <source>Create one with &apos;hsp-desk bundle key create --branch NAME&apos;.</source>
        <translation>Napravite ga pomoću &apos;hsp-desk bundle key create --branch NAME&apos;.</translation>
    </message>
    <message>
        <source>Define its components in the catalogue first.</source>
        <translation>Prvo unesite njegov sastav u katalog.</translation>
    </message>
    <message>
        <source>Distribution {id} does not exist.</source>
        <translation>Podela {id} ne postoji.</translation>
    </message>
    <message>
        <source>Do not hand anything over on it; nothing was recorded. If the card looks genuine, scan it again or type the code printed under the QR code.</source>
        <translation>Ne delite ništa na ovu karticu; ništa nije zabeleženo. Ako kartica izgleda ispravno, ponovo je skenirajte ili unesite kod odštampan ispod QR koda.</translation>
    </message>
    <message>
        <source>Do not rename or delete the columns of the exported workbook.</source>
        <translation>Ne preimenujte i ne brišite kolone izvezene radne sveske.</translation>
    </message>
    <message>
        <source>E.g. the branch&apos;s site code, MNE-PODGORICA. Nothing was written.</source>
        <translation>Npr. šifra lokacije ogranka, MNE-PODGORICA. Ništa nije zapisano.</translation>
    </message>
    <message>
        <source>End the output file name with .pdf or .xlsx.</source>
        <translation>Naziv izlazne datoteke treba da se završava na .pdf ili .xlsx.</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>Unesite 0 ili više.</translation>
    </message>
    <message>
        <source>Enter a number from {minimum} to {maximum}.</source>
        <translation>Unesite broj od {minimum} do {maximum}.</translation>
    </message>
    <message>
        <source>Enter a number in that range.</source>
        <translation>Unesite broj u tom opsegu.</translation>
    </message>
    <message>
        <source>Enter a positive quantity.</source>
        <translation>Unesite pozitivnu količinu.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>Unesite količinu veću od 0.</translation>
    </message>
    <message>
        <source>Enter a quantity between 0 and what was sent; extra goods go on a GRN.</source>
        <translation>Unesite količinu od 0 do poslate količine; višak robe ide na prijemnicu (GRN).</translation>
    </message>
    <message>
        <source>Enter at least one line.</source>
        <translation>Unesite najmanje jedan red.</translation>
    </message>
    <message>
        <source>Enter each line once (add the figures up first).</source>
        <translation>Unesite svaki red samo jednom (prvo saberite količine).</translation>
    </message>
    <message>
        <source>Enter how many kits.</source>
        <translation>Unesite koliko kompleta.</translation>
    </message>
    <message>
        <source>Enter it in the item&apos;s unit.</source>
        <translation>Unesite je u jedinici artikla.</translation>
    </message>
    <message>
        <source>Enter it in {unit}s.</source>
        <translation>Unesite ga u jedinicama „{unit}”.</translation>
    </message>
    <message>
        <source>Enter it.</source>
        <translation>Unesite ga.</translation>
    </message>
    <message>
        <source>Enter the counted figures first.</source>
        <translation>Prvo unesite prebrojane količine.</translation>
    </message>
    <message>
        <source>Enter the name of the person taking over.</source>
        <translation>Unesite ime osobe koja preuzima smenu.</translation>
    </message>
    <message>
        <source>Enter the number of units counted.</source>
        <translation>Unesite broj prebrojanih jedinica.</translation>
    </message>
    <message>
        <source>Enter the quantity to add or remove.</source>
        <translation>Unesite količinu koju treba dodati ili skinuti.</translation>
    </message>
    <message>
        <source>Enter what is on the shelf.</source>
        <translation>Unesite ono što je na polici.</translation>
    </message>
    <message>
        <source>Export the count workbook again and fill that in.</source>
        <translation>Ponovo izvezite radnu svesku popisa i popunite nju.</translation>
    </message>
    <message>
        <source>Fill in both.</source>
        <translation>Popunite oba polja.</translation>
    </message>
    <message>
        <source>Fill in one row per item or per line received, then import again.</source>
        <translation>Popunite po jedan red za svaki artikal ili primljenu stavku, pa ponovo uvezite.</translation>
    </message>
    <message>
        <source>Fill in the &apos;Counted&apos; column first.</source>
        <translation>Prvo popunite kolonu &apos;Counted&apos; (prebrojano).</translation>
    </message>
    <message>
        <source>Fill it in.</source>
        <translation>Popunite ga.</translation>
    </message>
    <message>
        <source>For example MNE-ROZAJE.</source>
        <translation>Na primer MNE-ROZAJE.</translation>
    </message>
    <message>
        <source>Full count {number}: {uncounted} line(s) are not counted yet.</source>
        <translation>Potpun popis {number}: još nije prebrojano redova: {uncounted}.</translation>
    </message>
    <message>
        <source>Give a fitting reason for each variance (or recount), then approve again. Nothing was recorded.</source>
        <translation>Navedite odgovarajući razlog za svaku razliku (ili ponovo prebrojte), pa ponovo odobrite. Ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>Give a number of days (the setting&apos;s default is {default}).</source>
        <translation>Navedite broj dana (podrazumevana vrednost ovog podešavanja je {default}).</translation>
    </message>
    <message>
        <source>Give its number (--number), e.g. GRN-MNE-WH-2026-0001.</source>
        <translation>Navedite njen broj (--number), npr. GRN-MNE-WH-2026-0001.</translation>
    </message>
    <message>
        <source>Give one of: {allowed}; then approve again.</source>
        <translation>Navedite jedan od razloga: {allowed}; pa ponovo odobrite.</translation>
    </message>
    <message>
        <source>Give one site, or none for all sites.</source>
        <translation>Navedite jednu lokaciju ili nijednu za sve lokacije.</translation>
    </message>
    <message>
        <source>Give the deployment code, e.g. the National Society&apos;s code.</source>
        <translation>Navedite šifru instalacije, npr. šifru Nacionalnog društva.</translation>
    </message>
    <message>
        <source>Give the item code (--item).</source>
        <translation>Navedite šifru artikla (--item).</translation>
    </message>
    <message>
        <source>Give the lot number of each figure.</source>
        <translation>Navedite broj lota za svaku količinu.</translation>
    </message>
    <message>
        <source>Give the lot number on the box; a lot never received here goes on a GRN.</source>
        <translation>Navedite broj lota sa kutije; lot koji ovde nikad nije primljen ide na prijemnicu (GRN).</translation>
    </message>
    <message>
        <source>Give the lot number with the reason.</source>
        <translation>Navedite broj lota uz razlog.</translation>
    </message>
    <message>
        <source>HSP Desk has no translation called {text!r}.</source>
        <translation>HSP Desk nema prevod pod nazivom {text!r}.</translation>
    </message>
    <message>
        <source>HSP Desk may not write the file.</source>
        <translation>HSP Desk nema dozvolu da upiše datoteku.</translation>
    </message>
    <message>
        <source>HSP Desk may not write {file}.</source>
        <translation>HSP Desk nema dozvolu da upiše {file}.</translation>
    </message>
    <message>
        <source>Handover {number} is closed already.</source>
        <translation>Primopredaja {number} je već zatvorena.</translation>
    </message>
    <message>
        <source>Import the branch&apos;s key file (&apos;hsp-desk bundle key import FILE&apos;), or create the branch&apos;s first key (&apos;hsp-desk bundle key create --branch NAME&apos;). No bundle was written.</source>
        <translation>Uvezite datoteku sa ključem ogranka (&apos;hsp-desk bundle key import FILE&apos;) ili napravite prvi ključ ogranka (&apos;hsp-desk bundle key create --branch NAME&apos;). Nijedan paket nije napravljen.</translation>
    </message>
    <message>
        <source>It can be received only once.</source>
        <translation>Može da se primi samo jednom.</translation>
    </message>
    <message>
        <source>It cannot be used here, and nothing was recorded. A coordinator can issue a card of this desk.</source>
        <translation>Ne može da se koristi ovde i ništa nije zabeleženo. Koordinator može da izda karticu ove instalacije programa HSP Desk.</translation>
    </message>
    <message>
        <source>Item {id} does not exist.</source>
        <translation>Artikal {id} ne postoji.</translation>
    </message>
    <message>
        <source>Its reversal is {reversal}.</source>
        <translation>Kretanje koje ga stornira: {reversal}.</translation>
    </message>
    <message>
        <source>Keep it on this laptop&apos;s own disk, or ask the branch for a shared PostgreSQL server.</source>
        <translation>Držite je na sopstvenom disku ovog laptopa ili zatražite od ogranka zajednički PostgreSQL server.</translation>
    </message>
    <message>
        <source>Kit {kit} cannot contain itself.</source>
        <translation>Komplet {kit} ne može da sadrži sam sebe.</translation>
    </message>
    <message>
        <source>Kit {kit}: component {code} needs a quantity above 0.</source>
        <translation>Komplet {kit}: sastojak {code} mora da ima količinu veću od 0.</translation>
    </message>
    <message>
        <source>Known settings: {known}.</source>
        <translation>Poznata podešavanja: {known}.</translation>
    </message>
    <message>
        <source>Leave the head count empty, or hand over without a card.</source>
        <translation>Ostavite broj osoba prazan ili delite bez kartice.</translation>
    </message>
    <message>
        <source>Leave the items out, or make it a partial count.</source>
        <translation>Izostavite artikle ili neka to bude delimičan popis.</translation>
    </message>
    <message>
        <source>Load a vehicle only for a mobile site; use a transfer for fixed sites.</source>
        <translation>Vozilo se tovari samo za mobilnu lokaciju; za stalne lokacije koristite prenos.</translation>
    </message>
    <message>
        <source>Look at its reconciliation.</source>
        <translation>Pogledajte njeno usaglašavanje.</translation>
    </message>
    <message>
        <source>Lot {id} does not exist.</source>
        <translation>Lot {id} ne postoji.</translation>
    </message>
    <message>
        <source>Lot {lot} of {item} was received before with expiry {before}, not {expiry}.</source>
        <translation>Lot {lot} artikla {item} je ranije primljen sa rokom trajanja {before}, a ne {expiry}.</translation>
    </message>
    <message>
        <source>Make another user branch manager first.</source>
        <translation>Prvo postavite drugog korisnika za rukovodioca ogranka.</translation>
    </message>
    <message>
        <source>Move it out of that folder (the default location is safe), or set HSP_DESK_DATA_DIR to a local folder.</source>
        <translation>Premestite je iz te fascikle (podrazumevano mesto je bezbedno) ili postavite HSP_DESK_DATA_DIR na lokalnu fasciklu.</translation>
    </message>
    <message>
        <source>Movement {id} does not exist.</source>
        <translation>Kretanje {id} ne postoji.</translation>
    </message>
    <message>
        <source>Name at least one item.</source>
        <translation>Navedite najmanje jedan artikal.</translation>
    </message>
    <message>
        <source>National Society code</source>
        <translation>šifra Nacionalnog društva</translation>
    </message>
    <message>
        <source>National Society name</source>
        <translation>naziv Nacionalnog društva</translation>
    </message>
    <message>
        <source>No counted figures were given.</source>
        <translation>Nisu navedene prebrojane količine.</translation>
    </message>
    <message>
        <source>No good backup was found. Ask your logistics officer for help before starting again with an empty database.</source>
        <translation>Nije pronađena nijedna ispravna rezervna kopija. Zatražite pomoć od službenika za logistiku pre nego što počnete ponovo sa praznom bazom podataka.</translation>
    </message>
    <message>
        <source>Not enough {item} at {site}: {requested}{unit} asked for, {on_hand}{unit} on hand.</source>
        <translation>Nema dovoljno artikla {item} na lokaciji {site}: traženo {requested}{unit}, na zalihama {on_hand}{unit}.</translation>
    </message>
    <message>
        <source>Not given. {why}</source>
        <translation>Nije podeljeno. {why}</translation>
    </message>
    <message>
        <source>Nothing has been counted on {number}.</source>
        <translation>Na popisu {number} još ništa nije prebrojano.</translation>
    </message>
    <message>
        <source>Nothing to hand over: no item was chosen.</source>
        <translation>Nema šta da se podeli: nijedan artikal nije izabran.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nema šta da se poništi.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ništa nije promenjeno.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask your branch for the right key file.</source>
        <translation>Ništa nije promenjeno. Zatražite od ogranka pravu datoteku sa ključem.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again.</source>
        <translation>Ništa nije promenjeno. Pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Nothing was imported. Ask for a fresh copy of the bundle from the laptop that wrote it.</source>
        <translation>Ništa nije uvezeno. Zatražite novu kopiju paketa sa laptopa koji ga je napravio.</translation>
    </message>
    <message>
        <source>Nothing was imported. Cards must be signed with keys shared through the branch: import the branch&apos;s bundle on every laptop before issuing cards.</source>
        <translation>Ništa nije uvezeno. Kartice moraju da budu potpisane ključevima koji se dele preko ogranka: uvezite paket ogranka na svaki laptop pre izdavanja kartica.</translation>
    </message>
    <message>
        <source>Nothing was imported. If it is your branch&apos;s, import the branch key first (&apos;hsp-desk bundle key import FILE&apos;).</source>
        <translation>Ništa nije uvezeno. Ako je paket vašeg ogranka, prvo uvezite ključ ogranka (&apos;hsp-desk bundle key import FILE&apos;).</translation>
    </message>
    <message>
        <source>Nothing was imported. Import the branch&apos;s bundle first, then this one again; if it still fails, send this message to your branch ({error}).</source>
        <translation>Ništa nije uvezeno. Prvo uvezite paket ogranka, a zatim ponovo ovaj; ako i dalje ne uspeva, pošaljite ovu poruku ogranku ({error}).</translation>
    </message>
    <message>
        <source>Nothing was imported. Record here what is missing first (the receipt, the transfer in, or a &apos;found&apos; adjustment at that site), or import the bundle that brings that stock, then import this bundle again.</source>
        <translation>Ništa nije uvezeno. Prvo ovde zabeležite ono što nedostaje (prijem, ulazni prenos ili korekciju „Pronađeno” na toj lokaciji) ili uvezite paket koji donosi te zalihe, pa ponovo uvezite ovaj paket.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>Nothing was recorded. A coordinator can issue the person a new card.</source>
        <translation>Ništa nije zabeleženo. Koordinator može toj osobi da izda novu karticu.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask a coordinator or your branch manager to do it, or to change your role.</source>
        <translation>Ništa nije zabeleženo. Zamolite koordinatora ili rukovodioca ogranka da to urade ili da vam promene ulogu.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask the coordinator on shift to approve it.</source>
        <translation>Ništa nije zabeleženo. Zamolite koordinatora u smeni da ga odobri.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask your logistics officer to check the folder where the database is kept, then start HSP Desk again.</source>
        <translation>Ništa nije evidentirano. Zamolite službenika za logistiku da proveri fasciklu u kojoj se nalazi baza podataka, pa ponovo pokrenite HSP Desk.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Check that the disk or USB stick that holds it is still connected, then start HSP Desk again. If it happens again, the disk may be failing: restore the newest backup on another disk (Admin, Backup and restore).</source>
        <translation>Ništa nije evidentirano. Proverite da li je disk ili USB stik na kome se baza nalazi i dalje priključen, pa ponovo pokrenite HSP Desk. Ako se to ponovi, disk je možda neispravan: vratite najnoviju rezervnu kopiju na drugi disk (Administracija, Rezervna kopija i vraćanje).</translation>
    </message>
    <message>
        <source>Nothing was recorded. Correct the quantity.</source>
        <translation>Ništa nije zabeleženo. Ispravite količinu.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Give less, or a coordinator may override with a reason.</source>
        <translation>Ništa nije zabeleženo. Podelite manje, ili koordinator može da zanemari pravilo uz razlog.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Lower the quantity, or record the delivery that is missing first.</source>
        <translation>Ništa nije zabeleženo. Smanjite količinu ili prvo zabeležite isporuku koja nedostaje.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Reopen the count and count that item again, then approve.</source>
        <translation>Ništa nije zabeleženo. Ponovo otvorite popis i ponovo prebrojte taj artikal, pa odobrite.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Scan the QR code again, or type the code printed under it.</source>
        <translation>Ništa nije zabeleženo. Ponovo skenirajte QR kod ili unesite kod odštampan ispod njega.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Try again.</source>
        <translation>Ništa nije zabeleženo. Pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Update HSP Desk on this laptop, or type the code printed under the QR code.</source>
        <translation>Ništa nije zabeleženo. Ažurirajte HSP Desk na ovom laptopu ili unesite kod odštampan ispod QR koda.</translation>
    </message>
    <message>
        <source>Nothing was recorded; what was recorded before is safe. Free some space on that disk (empty the recycle bin, move old reports or backups to a USB stick), then record it again.</source>
        <translation>Ništa nije evidentirano; ono što je ranije evidentirano je bezbedno. Oslobodite prostor na tom disku (ispraznite korpu za otpatke, premestite stare izveštaje ili rezervne kopije na USB stik), pa ponovo evidentirajte.</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose another folder, such as Documents, or unlock the USB stick, then try again.</source>
        <translation>Ništa nije sačuvano. Izaberite drugu fasciklu, na primer Documents, ili otključajte USB stik, pa pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Nothing was saved. Free some space (empty the recycle bin, move old reports or backups to a USB stick), then try again.</source>
        <translation>Ništa nije sačuvano. Oslobodite prostor (ispraznite korpu za otpatke, premestite stare izveštaje ili rezervne kopije na USB stik), pa pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Nothing was saved. If the file is open in another program (Excel, a PDF reader), close it; or choose another folder, such as Documents. Then try again.</source>
        <translation>Ništa nije sačuvano. Ako je datoteka otvorena u drugom programu (Excel, čitač PDF-a), zatvorite je; ili izaberite drugu fasciklu, na primer Documents. Zatim pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Nothing was scanned or typed.</source>
        <translation>Ništa nije skenirano niti uneseno.</translation>
    </message>
    <message>
        <source>Only a count that is {states} can do this.</source>
        <translation>Ovo je moguće samo za popis sa statusom: {states}.</translation>
    </message>
    <message>
        <source>Put the {kind} in a sheet named &apos;{wanted}&apos; under a header row.</source>
        <translation>Stavite podatke ({kind}) u list pod nazivom &apos;{wanted}&apos;, ispod reda sa zaglavljem.</translation>
    </message>
    <message>
        <source>Read the date on the box and enter it.</source>
        <translation>Pročitajte datum na kutiji i unesite ga.</translation>
    </message>
    <message>
        <source>Record goods that came without a waybill as a receipt (GRN).</source>
        <translation>Robu koja je stigla bez otpremnice zabeležite kao prijem (prijemnica, GRN).</translation>
    </message>
    <message>
        <source>Record that trip&apos;s return first.</source>
        <translation>Prvo zabeležite povratak te ture.</translation>
    </message>
    <message>
        <source>Record the hand-over again instead.</source>
        <translation>Umesto toga, ponovo zabeležite podelu.</translation>
    </message>
    <message>
        <source>Restore a backup with: hsp-desk restore FILE. To start with an empty database instead, move the backups folder away.</source>
        <translation>Vratite rezervnu kopiju pomoću: hsp-desk restore FILE. Da biste umesto toga počeli sa praznom bazom podataka, premestite fasciklu sa rezervnim kopijama na drugo mesto.</translation>
    </message>
    <message>
        <source>Restore the newest good backup (Admin, Backup).</source>
        <translation>Vratite najnoviju ispravnu rezervnu kopiju (Administracija, Rezervna kopija).</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({newest}) with: hsp-desk restore --latest. To start with an empty database instead, move the backups folder away.</source>
        <translation>Vratite najnoviju ispravnu rezervnu kopiju ({newest}) pomoću: hsp-desk restore --latest. Da biste umesto toga počeli sa praznom bazom podataka, premestite fasciklu sa rezervnim kopijama na drugo mesto.</translation>
    </message>
    <message>
        <source>Run &apos;hsp-desk verify&apos;. No bundle was written.</source>
        <translation>Pokrenite &apos;hsp-desk verify&apos;. Nijedan paket nije napravljen.</translation>
    </message>
    <message>
        <source>Save it from Excel as &apos;Excel Workbook (.xlsx)&apos;, or start from the template (&apos;hsp-desk import template {kind} --out template.xlsx&apos;).</source>
        <translation>Sačuvajte je iz Excela kao Excel radnu svesku (.xlsx) ili počnite od šablona (&apos;hsp-desk import template {kind} --out template.xlsx&apos;).</translation>
    </message>
    <message>
        <source>Say briefly why the rule is set aside; never write about the person.</source>
        <translation>Ukratko navedite zašto se pravilo zanemaruje; nikad ne pišite o osobi.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Navedite šta se desilo.</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>Navedite zašto se otkazuje.</translation>
    </message>
    <message>
        <source>Say why it was wrong.</source>
        <translation>Navedite zašto je bila pogrešna.</translation>
    </message>
    <message>
        <source>Say why the entry was wrong.</source>
        <translation>Navedite zašto je unos bio pogrešan.</translation>
    </message>
    <message>
        <source>Scan the person&apos;s card, or give a head count (e.g. 30 for a group).</source>
        <translation>Skenirajte karticu osobe ili navedite broj osoba (npr. 30 za grupu).</translation>
    </message>
    <message>
        <source>See `hsp-desk users list`.</source>
        <translation>Pogledajte `hsp-desk users list`.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has a header row but no data rows.</source>
        <translation>List &apos;{sheet}&apos; ima red sa zaglavljem, ali nema redova sa podacima.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; lacks the columns {columns}.</source>
        <translation>Listu &apos;{sheet}&apos; nedostaju kolone {columns}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of {name} is empty.</source>
        <translation>List &apos;{sheet}&apos; je prazan ({name}).</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}: {message}</source>
        <translation>List &apos;{sheet}&apos;, red {row}: {message}</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Skratite ga.</translation>
    </message>
    <message>
        <source>Sign in as a branch manager and add the user.</source>
        <translation>Prijavite se kao rukovodilac ogranka i dodajte korisnika.</translation>
    </message>
    <message>
        <source>Site {id} does not exist.</source>
        <translation>Lokacija {id} ne postoji.</translation>
    </message>
    <message>
        <source>Start a new handover.</source>
        <translation>Započnite novu primopredaju.</translation>
    </message>
    <message>
        <source>Stock that is {state} cannot be added.</source>
        <translation>Zalihe sa razlogom „{state}” ne mogu da se dodaju.</translation>
    </message>
    <message>
        <source>Stock that is {state} cannot be removed.</source>
        <translation>Zalihe sa razlogom „{state}” ne mogu da se skinu.</translation>
    </message>
    <message>
        <source>Swap the two dates.</source>
        <translation>Zamenite mesta ta dva datuma.</translation>
    </message>
    <message>
        <source>The account {user} is disabled.</source>
        <translation>Nalog {user} je onemogućen.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({problem}).</source>
        <translation>Rezervna kopija nije prošla proveru ({problem}).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({problem}).</source>
        <translation>Rezervna kopija {name} je oštećena ({problem}).</translation>
    </message>
    <message>
        <source>The card key {key_id} of this bundle differs from this database&apos;s key of the same name: the laptops created their card keys separately.</source>
        <translation>Ključ kartica {key_id} iz ovog paketa razlikuje se od istoimenog ključa u ovoj bazi podataka: laptopovi su svoje ključeve kartica napravili odvojeno.</translation>
    </message>
    <message>
        <source>The code typed has a mistake: its last character does not match the others.</source>
        <translation>Uneti kod sadrži grešku: poslednji znak se ne slaže sa ostalima.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Trenutna lozinka nije tačna.</translation>
    </message>
    <message>
        <source>The database cannot be written to: its file or folder is read-only.</source>
        <translation>U bazu podataka nije moguće upisivati: njena datoteka ili fascikla je samo za čitanje.</translation>
    </message>
    <message>
        <source>The database itself may be damaged: run hsp-desk verify.</source>
        <translation>Možda je oštećena sama baza podataka: pokrenite hsp-desk verify.</translation>
    </message>
    <message>
        <source>The database refers to {table} rows it does not hold.</source>
        <translation>Baza podataka upućuje na redove tabele {table} koje ne sadrži.</translation>
    </message>
    <message>
        <source>The database {file} is damaged ({detail}). It was moved aside to {moved}, and nothing was deleted.</source>
        <translation>Baza podataka {file} je oštećena ({detail}). Premeštena je po strani u {moved} i ništa nije obrisano.</translation>
    </message>
    <message>
        <source>The database {file} is missing, but earlier copies of it exist, so an empty one was not created in its place.</source>
        <translation>Baza podataka {file} nedostaje, ali postoje njene ranije kopije, pa na njenom mestu nije napravljena prazna.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}), so it was not backed up.</source>
        <translation>Baza podataka {path} je oštećena ({problem}), pa nije napravljena njena rezervna kopija.</translation>
    </message>
    <message>
        <source>The database {path} is inside a cloud-sync folder, which corrupts it.</source>
        <translation>Baza podataka {path} je u fascikli koja se sinhronizuje sa oblakom, a to je oštećuje.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share, where it can be corrupted.</source>
        <translation>Baza podataka {path} je na deljenoj mrežnoj fascikli, gde može da se ošteti.</translation>
    </message>
    <message>
        <source>The disk did not let HSP Desk read or write the database (a disk I/O error).</source>
        <translation>Disk nije dozvolio da HSP Desk čita ili upisuje bazu podataka (greška ulaza/izlaza diska).</translation>
    </message>
    <message>
        <source>The disk is full: the file could not be written.</source>
        <translation>Disk je pun: datoteka nije mogla da se upiše.</translation>
    </message>
    <message>
        <source>The disk is full: {file} could not be written.</source>
        <translation>Disk je pun: {file} nije moglo da se upiše.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full.</source>
        <translation>Disk na kome je baza podataka je pun.</translation>
    </message>
    <message>
        <source>The display name is longer than 200 characters.</source>
        <translation>Ime za prikaz je duže od 200 znakova.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook ({error}).</source>
        <translation>Datoteka nije Excel radna sveska ({error}).</translation>
    </message>
    <message>
        <source>The file is on a disk that cannot be written to (read-only).</source>
        <translation>Datoteka je na disku na koji nije moguće upisivati (samo za čitanje).</translation>
    </message>
    <message>
        <source>The incoming and outgoing coordinators are the same person.</source>
        <translation>Koordinator koji preuzima i koordinator koji predaje su ista osoba.</translation>
    </message>
    <message>
        <source>The last distribution has already been undone.</source>
        <translation>Poslednja podela je već poništena.</translation>
    </message>
    <message>
        <source>The lot chosen belongs to another item.</source>
        <translation>Izabrani lot pripada drugom artiklu.</translation>
    </message>
    <message>
        <source>The newest good backup is {newest} (taken {taken} UTC). Restore it with: hsp-desk restore --latest</source>
        <translation>Najnovija ispravna rezervna kopija je {newest} (napravljena {taken} UTC). Vratite je pomoću: hsp-desk restore --latest</translation>
    </message>
    <message>
        <source>The number of kits must be above 0.</source>
        <translation>Broj kompleta mora da bude veći od 0.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was changed.</source>
        <translation>Pristupna fraza nije tačna ili je datoteka sa ključem izmenjena.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Period se završava ({end}) pre nego što počinje ({start}).</translation>
    </message>
    <message>
        <source>The quantity of {code} must be a whole number above 0.</source>
        <translation>Količina za {code} mora da bude ceo broj veći od 0.</translation>
    </message>
    <message>
        <source>The quantity of {code} must be above 0, not {qty}.</source>
        <translation>Količina za {code} mora da bude veća od 0, a ne {qty}.</translation>
    </message>
    <message>
        <source>The retention period must be a whole number of days above 0, not {days!r}.</source>
        <translation>Period čuvanja mora da bude ceo broj dana veći od 0, a ne {days!r}.</translation>
    </message>
    <message>
        <source>The shift cannot end before it started.</source>
        <translation>Smena ne može da se završi pre nego što je počela.</translation>
    </message>
    <message>
        <source>The shift cannot start after the handover.</source>
        <translation>Smena ne može da počne posle primopredaje.</translation>
    </message>
    <message>
        <source>The site code &apos;{code}&apos; may only hold letters, digits and dashes.</source>
        <translation>Šifra lokacije &apos;{code}&apos; sme da sadrži samo slova, cifre i crtice.</translation>
    </message>
    <message>
        <source>The user name {name!r} is taken.</source>
        <translation>Korisničko ime {name!r} je zauzeto.</translation>
    </message>
    <message>
        <source>The workbook has no counted figures.</source>
        <translation>Radna sveska nema prebrojanih količina.</translation>
    </message>
    <message>
        <source>The workbook has no sheet &apos;{sheet}&apos;.</source>
        <translation>Radna sveska nema list &apos;{sheet}&apos;.</translation>
    </message>
    <message>
        <source>The {field} is empty.</source>
        <translation>Polje „{field}” je prazno.</translation>
    </message>
    <message>
        <source>There is no National Society with the code &apos;{code}&apos;.</source>
        <translation>Ne postoji Nacionalno društvo sa šifrom &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no branch key on this laptop, so bundles cannot be sealed.</source>
        <translation>Na ovom laptopu nema ključa ogranka, pa paketi ne mogu da se zapečate.</translation>
    </message>
    <message>
        <source>There is no branch key to export.</source>
        <translation>Nema ključa ogranka za izvoz.</translation>
    </message>
    <message>
        <source>There is no card key &apos;{key}&apos;.</source>
        <translation>Ne postoji ključ kartica &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>There is no card key yet, so no deployment code to reuse.</source>
        <translation>Još nema ključa kartica, pa nema ni šifre instalacije koja bi se ponovo koristila.</translation>
    </message>
    <message>
        <source>There is no card with this code in this database.</source>
        <translation>U ovoj bazi podataka nema kartice sa ovim kodom.</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Na putanji {path} nema baze podataka za rezervnu kopiju.</translation>
    </message>
    <message>
        <source>There is no document numbered &apos;{number}&apos;.</source>
        <translation>Ne postoji dokument sa brojem &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no donor with the code &apos;{code}&apos;.</source>
        <translation>Ne postoji donator sa šifrom &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Datoteka {path} ne postoji.</translation>
    </message>
    <message>
        <source>There is no goods received note numbered &apos;{number}&apos;.</source>
        <translation>Ne postoji prijemnica sa brojem &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no handover numbered &apos;{number}&apos;.</source>
        <translation>Ne postoji primopredaja sa brojem &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no item with the code or barcode &apos;{code}&apos;.</source>
        <translation>Ne postoji artikal sa šifrom ili bar-kodom &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no mobile trip numbered &apos;{number}&apos;.</source>
        <translation>Ne postoji mobilna tura sa brojem &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no report called &apos;{name}&apos;.</source>
        <translation>Ne postoji izveštaj pod nazivom &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>There is no rule for &apos;{target}&apos;.</source>
        <translation>Ne postoji pravilo za &apos;{target}&apos;.</translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation>Ne postoji podešavanje pod nazivom {key!r}.</translation>
    </message>
    <message>
        <source>There is no site with the code &apos;{code}&apos;.</source>
        <translation>Ne postoji lokacija sa šifrom &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no user called {name!r}.</source>
        <translation>Ne postoji korisnik pod imenom {name!r}.</translation>
    </message>
    <message>
        <source>There is no waybill numbered &apos;{number}&apos;.</source>
        <translation>Ne postoji otpremnica sa brojem &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no {kind} numbered &apos;{number}&apos;.</source>
        <translation>Ne postoji dokument {kind} sa brojem &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>This QR code was not read completely, or the card was altered.</source>
        <translation>Ovaj QR kod nije pročitan u potpunosti ili je kartica izmenjena.</translation>
    </message>
    <message>
        <source>This branch key has the wrong length.</source>
        <translation>Ovaj ključ ogranka ima pogrešnu dužinu.</translation>
    </message>
    <message>
        <source>This bundle does not fit this database: it refers to rows it does not carry, or clashes with rows here.</source>
        <translation>Ovaj paket ne odgovara ovoj bazi podataka: upućuje na redove koje ne sadrži ili je u sukobu sa redovima ovde.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was written, or was made for another branch.</source>
        <translation>Ovaj paket je izmenjen posle pravljenja ili je napravljen za drugi ogranak.</translation>
    </message>
    <message>
        <source>This bundle was sealed with the key {key_id} of &apos;{branch}&apos;, which this laptop does not have: it was made for another branch.</source>
        <translation>Ovaj paket je zapečaćen ključem {key_id} ogranka &apos;{branch}&apos;, koji ovaj laptop nema: napravljen je za drugi ogranak.</translation>
    </message>
    <message>
        <source>This bundle was written in format {version!r}, which this version of HSP Desk cannot read.</source>
        <translation>Ovaj paket je napravljen u formatu {version!r}, koji ova verzija programa HSP Desk ne može da pročita.</translation>
    </message>
    <message>
        <source>This bundle was written in format {version}, which this version of HSP Desk cannot read.</source>
        <translation>Ovaj paket je napravljen u formatu {version}, koji ova verzija programa HSP Desk ne može da pročita.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents do not fit this version of HSP Desk ({detail}).</source>
        <translation>Sadržaj ovog paketa ne odgovara ovoj verziji programa HSP Desk ({detail}).</translation>
    </message>
    <message>
        <source>This card failed the authenticity check: it was altered, damaged or made up.</source>
        <translation>Ova kartica nije prošla proveru autentičnosti: izmenjena je, oštećena ili lažna.</translation>
    </message>
    <message>
        <source>This card was made by a newer version of HSP Desk ({version}).</source>
        <translation>Ovu karticu je napravila novija verzija programa HSP Desk ({version}).</translation>
    </message>
    <message>
        <source>This card was not issued by this desk (issuer {issuer}): it belongs to another organisation or another HSP Desk installation.</source>
        <translation>Ovu karticu nije izdala ova instalacija (izdavalac {issuer}): pripada drugoj organizaciji ili drugoj instalaciji programa HSP Desk.</translation>
    </message>
    <message>
        <source>This card was replaced by a new card{when} and is no longer valid.</source>
        <translation>Ova kartica je zamenjena novom karticom{when} i više ne važi.</translation>
    </message>
    <message>
        <source>This card was withdrawn{when} and is no longer valid.</source>
        <translation>Ova kartica je opozvana{when} i više ne važi.</translation>
    </message>
    <message>
        <source>This card&apos;s key ({key}) has been withdrawn, so the card is no longer accepted.</source>
        <translation>Ključ ove kartice ({key}) je povučen, pa se kartica više ne prihvata.</translation>
    </message>
    <message>
        <source>This database already has a different branch key called {key_id}.</source>
        <translation>Ova baza podataka već ima drugi ključ ogranka pod nazivom {key_id}.</translation>
    </message>
    <message>
        <source>This database already has users, so the first user cannot be made again.</source>
        <translation>Ova baza podataka već ima korisnike, pa prvi korisnik ne može ponovo da se napravi.</translation>
    </message>
    <message>
        <source>This database already holds sites, so the demo was not added.</source>
        <translation>Ova baza podataka već sadrži lokacije, pa demo podaci nisu dodati.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>Ova baza podataka je već podešena.</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server, whose backups are the server&apos;s job: use pg_dump (and pg_restore to bring one back), scheduled on the server.</source>
        <translation>Ova baza podataka je na PostgreSQL serveru, čije su rezervne kopije posao servera: koristite pg_dump (i pg_restore za vraćanje), zakazano na serveru.</translation>
    </message>
    <message>
        <source>This distribution has already been undone.</source>
        <translation>Ova podela je već poništena.</translation>
    </message>
    <message>
        <source>This entry is itself an undo.</source>
        <translation>Ovaj unos je i sam poništavanje.</translation>
    </message>
    <message>
        <source>This file is not an HSP Desk branch key.</source>
        <translation>Ova datoteka nije ključ ogranka programa HSP Desk.</translation>
    </message>
    <message>
        <source>This file is not an HSP Desk sync bundle ({detail}).</source>
        <translation>Ova datoteka nije HSP Desk paket za sinhronizaciju ({detail}).</translation>
    </message>
    <message>
        <source>This is not a card code: {chars} cannot be in one.</source>
        <translation>Ovo nije kod kartice: {chars} ne može da bude u kodu kartice.</translation>
    </message>
    <message>
        <source>This is not an HSP Desk card: it may be a product barcode or another organisation&apos;s code.</source>
        <translation>Ovo nije HSP Desk kartica: možda je bar-kod proizvoda ili kod druge organizacije.</translation>
    </message>
    <message>
        <source>This laptop has recorded no distribution at {site}.</source>
        <translation>Ovaj laptop nije zabeležio nijednu podelu na lokaciji {site}.</translation>
    </message>
    <message>
        <source>This movement has already been reversed.</source>
        <translation>Ovo kretanje je već stornirano.</translation>
    </message>
    <message>
        <source>This movement is itself a reversal.</source>
        <translation>Ovo kretanje je i samo storno.</translation>
    </message>
    <message>
        <source>This spreadsheet would be larger than 4 GB.</source>
        <translation>Ova tabela bi bila veća od 4 GB.</translation>
    </message>
    <message>
        <source>To restore what it voided, record the original entry again.</source>
        <translation>Da biste vratili ono što je ono storniralo, ponovo zabeležite prvobitni unos.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} minutes.</source>
        <translation>Previše pogrešnih lozinki: {user} je zaključan na {minutes} min.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} more minute(s).</source>
        <translation>Previše pogrešnih lozinki: {user} je zaključan još {minutes} min.</translation>
    </message>
    <message>
        <source>Trip {trip} has returned already.</source>
        <translation>Tura {trip} se već vratila.</translation>
    </message>
    <message>
        <source>Trip {trip}: {items} not counted on return.</source>
        <translation>Tura {trip}: pri povratku nije prebrojano: {items}.</translation>
    </message>
    <message>
        <source>Type it as printed on the report: the entry number, a colon, then the {n} letters and digits, e.g. 12345:3fa2 9c1d 77b0 e412.</source>
        <translation>Upišite ga kako je odštampan u izveštaju: broj unosa, dvotačka, pa {n} slova i cifara, npr. 12345:3fa2 9c1d 77b0 e412.</translation>
    </message>
    <message>
        <source>Type the passphrase again. Nothing was changed.</source>
        <translation>Ponovo unesite pristupnu frazu. Ništa nije promenjeno.</translation>
    </message>
    <message>
        <source>Undoing an older distribution needs a reason.</source>
        <translation>Za poništavanje ranije podele potreban je razlog.</translation>
    </message>
    <message>
        <source>Update HSP Desk on this laptop, then import it again. Nothing was imported.</source>
        <translation>Ažurirajte HSP Desk na ovom laptopu, pa ga ponovo uvezite. Ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>Use &apos;found&apos; to add stock, &apos;damaged&apos;, &apos;expired&apos;, &apos;lost&apos; or &apos;stolen&apos; to remove it, or &apos;correction&apos; for either.</source>
        <translation>Koristite &apos;found&apos; (pronađeno) za dodavanje zaliha, &apos;damaged&apos;, &apos;expired&apos;, &apos;lost&apos; ili &apos;stolen&apos; (oštećeno, isteklo, izgubljeno, ukradeno) za skidanje, ili &apos;correction&apos; (ispravka) za oba smera.</translation>
    </message>
    <message>
        <source>Use &apos;full&apos; or &apos;partial&apos;.</source>
        <translation>Koristite &apos;full&apos; (potpun) ili &apos;partial&apos; (delimičan).</translation>
    </message>
    <message>
        <source>Use 1 day or more.</source>
        <translation>Koristite 1 dan ili više.</translation>
    </message>
    <message>
        <source>Use 1 to 10 letters or digits, e.g. the National Society&apos;s code (MNE).</source>
        <translation>Koristite od 1 do 10 slova ili cifara, npr. šifru Nacionalnog društva (MNE).</translation>
    </message>
    <message>
        <source>Use a new database file (--database-url) for the demo.</source>
        <translation>Za demo koristite novu datoteku baze podataka (--database-url).</translation>
    </message>
    <message>
        <source>Use one of: {allowed}.</source>
        <translation>Koristite jedno od: {allowed}.</translation>
    </message>
    <message>
        <source>Use one of: {categories}.</source>
        <translation>Koristite jedno od: {categories}.</translation>
    </message>
    <message>
        <source>Use one of: {flags}.</source>
        <translation>Koristite jedno od: {flags}.</translation>
    </message>
    <message>
        <source>Use the workbook exported for this count.</source>
        <translation>Koristite radnu svesku izvezenu za ovaj popis.</translation>
    </message>
    <message>
        <source>Use up to 64 letters a-z, digits, dots, dashes or underscores, starting with a letter or digit (for example &apos;amina.k&apos;).</source>
        <translation>Koristite najviše 64 znaka: slova a-z, cifre, tačke, crtice ili donje crte, a prvi znak mora da bude slovo ili cifra (na primer &apos;amina.k&apos;).</translation>
    </message>
    <message>
        <source>Wait, or ask your branch manager to set a new password.</source>
        <translation>Sačekajte ili zamolite rukovodioca ogranka da postavi novu lozinku.</translation>
    </message>
    <message>
        <source>Waybill {number} is {status}, not in transit.</source>
        <translation>Otpremnica {number} ima status „{status}”, a ne „u transportu”.</translation>
    </message>
    <message>
        <source>Which GRN?</source>
        <translation>Koja prijemnica (GRN)?</translation>
    </message>
    <message>
        <source>Which waybill?</source>
        <translation>Koja otpremnica?</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Pogrešno korisničko ime ili lozinka.</translation>
    </message>
    <message>
        <source>a branch manager</source>
        <translation>rukovodilac ogranka</translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>a logistics officer</source>
        <translation>službenik za logistiku</translation>
    </message>
    <message>
        <source>a row of {table} has no key</source>
        <translation>red tabele {table} nema ključ</translation>
    </message>
    <message>
        <source>a value of {table} cannot be read</source>
        <translation>vrednost iz tabele {table} ne može da se pročita</translation>
    </message>
    <message>
        <source>a volunteer</source>
        <translation>volonter</translation>
    </message>
    <message>
        <source>adjust stock or check the ledger</source>
        <translation>koriguje zalihe ili proverava knjigu kretanja</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>korekcija</translation>
    </message>
    <message>
        <source>an item with the code {code} exists already</source>
        <translation>artikal sa šifrom {code} već postoji</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>odobren</translation>
    </message>
    <message>
        <source>barcode {barcode} belongs to another item already</source>
        <translation>bar-kod {barcode} već pripada drugom artiklu</translation>
    </message>
    <message>
        <source>barcode {barcode} is also on row {row}</source>
        <translation>bar-kod {barcode} se nalazi i u redu {row}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>otkazan</translation>
    </message>
    <message>
        <source>category &apos;{category}&apos; is not one of {categories}</source>
        <translation>kategorija &apos;{category}&apos; (kolona &apos;category&apos;) nije nijedna od ovih: {categories}</translation>
    </message>
    <message>
        <source>change settings or rules</source>
        <translation>menja podešavanja ili pravila</translation>
    </message>
    <message>
        <source>change the catalogue</source>
        <translation>menja katalog</translation>
    </message>
    <message>
        <source>child in the household</source>
        <translation>dete u domaćinstvu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zatvoren</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; must be up to 32 letters, digits, - . _ or /</source>
        <translation>šifra &apos;{code}&apos; može da ima najviše 32 znaka, i to samo slova A–Z, cifre, - . _ ili /</translation>
    </message>
    <message>
        <source>code {code} is also on row {row}</source>
        <translation>šifra {code} se nalazi i u redu {row}</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>ispravka</translation>
    </message>
    <message>
        <source>count correction</source>
        <translation>ispravka po popisu</translation>
    </message>
    <message>
        <source>count stock</source>
        <translation>popisuje zalihe</translation>
    </message>
    <message>
        <source>country</source>
        <translation>država</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>oštećeno</translation>
    </message>
    <message>
        <source>damaged header</source>
        <translation>oštećeno zaglavlje</translation>
    </message>
    <message>
        <source>damaged {table}</source>
        <translation>oštećena tabela {table}</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date (write it as 2026-03-31 or 31.03.2026)</source>
        <translation>datum &apos;{date}&apos; (kolona &apos;date&apos;) nije ispravan datum (upišite ga kao 2026-03-31 ili 31.03.2026)</translation>
    </message>
    <message>
        <source>date {date} is in the future</source>
        <translation>datum {date} je u budućnosti</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dan</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>podela</translation>
    </message>
    <message>
        <source>exchange sync bundles</source>
        <translation>razmenjuje pakete za sinhronizaciju</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>isteklog roka</translation>
    </message>
    <message>
        <source>expiry &apos;{expiry}&apos; is not a date</source>
        <translation>rok trajanja &apos;{expiry}&apos; (kolona &apos;expiry&apos;) nije ispravan datum</translation>
    </message>
    <message>
        <source>found</source>
        <translation>pronađeno</translation>
    </message>
    <message>
        <source>full</source>
        <translation>potpun</translation>
    </message>
    <message>
        <source>give beyond a rule</source>
        <translation>podeli više nego što pravilo dozvoljava</translation>
    </message>
    <message>
        <source>hand over a shift</source>
        <translation>preda smenu</translation>
    </message>
    <message>
        <source>import workbooks</source>
        <translation>uvozi radne sveske</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>u tranzitu</translation>
    </message>
    <message>
        <source>infant (under 2) in the household</source>
        <translation>odojče (mlađe od 2 godine) u domaćinstvu</translation>
    </message>
    <message>
        <source>issue or change cards</source>
        <translation>izdaje ili menja kartice</translation>
    </message>
    <message>
        <source>kit assembly</source>
        <translation>sastavljanje kompleta</translation>
    </message>
    <message>
        <source>kit component &apos;{part}&apos; must be written CODE:QTY, e.g. HYG-SOAP:2</source>
        <translation>sastojak kompleta &apos;{part}&apos; (kolona &apos;kit components&apos;) mora da se upiše kao ŠIFRA:KOLIČINA, npr. HYG-SOAP:2</translation>
    </message>
    <message>
        <source>kit component {component} is not in the catalogue (nor on an earlier row)</source>
        <translation>sastojak kompleta {component} nije u katalogu (ni u nekom ranijem redu)</translation>
    </message>
    <message>
        <source>kit component {component} needs a quantity above 0, not {qty}</source>
        <translation>sastojak kompleta {component} mora da ima količinu veću od 0, a ne {qty}</translation>
    </message>
    <message>
        <source>kit disassembly</source>
        <translation>rastavljanje kompleta</translation>
    </message>
    <message>
        <source>kit {code} cannot contain itself</source>
        <translation>komplet {code} ne može da sadrži sam sebe</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>izgubljeno</translation>
    </message>
    <message>
        <source>lot {lot} of {item} has expiry {before} on row {row}, not {expiry}</source>
        <translation>lot {lot} artikla {item} u redu {row} ima rok trajanja {before}, a ne {expiry}</translation>
    </message>
    <message>
        <source>lot {lot} of {item} was received before with expiry {before}, not {expiry}</source>
        <translation>lot {lot} artikla {item} je ranije primljen sa rokom trajanja {before}, a ne {expiry}</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>upravlja korisnicima</translation>
    </message>
    <message>
        <source>missing column(s): {missing} (the header row must name: {columns})</source>
        <translation>nedostaju kolone: {missing} (red sa zaglavljem mora da sadrži: {columns})</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>nema tabela</translation>
    </message>
    <message>
        <source>older person (60+)</source>
        <translation>starija osoba (60+)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otvoren</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>delimičan</translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation>osoba sa invaliditetom</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding woman</source>
        <translation>trudnica ili dojilja</translation>
    </message>
    <message>
        <source>produce reports</source>
        <translation>pravi izveštaje</translation>
    </message>
    <message>
        <source>produce reports of every site</source>
        <translation>pravi izveštaje za sve lokacije</translation>
    </message>
    <message>
        <source>quantity &apos;{qty}&apos; is not a whole number</source>
        <translation>količina &apos;{qty}&apos; (kolona &apos;quantity&apos;) nije ceo broj</translation>
    </message>
    <message>
        <source>quantity {qty} must be above 0</source>
        <translation>količina {qty} mora da bude veća od 0</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>prijem</translation>
    </message>
    <message>
        <source>received</source>
        <translation>primljen</translation>
    </message>
    <message>
        <source>record goods received</source>
        <translation>evidentira prijem robe</translation>
    </message>
    <message>
        <source>record hand-outs</source>
        <translation>evidentira podele</translation>
    </message>
    <message>
        <source>see the stock</source>
        <translation>vidi zalihe</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>šifra lokacije</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>naziv lokacije</translation>
    </message>
    <message>
        <source>stolen</source>
        <translation>ukradeno</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>predat</translation>
    </message>
    <message>
        <source>take or restore backups</source>
        <translation>pravi ili vraća rezervne kopije</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>nije upisana šifra (kolona &apos;code&apos;)</translation>
    </message>
    <message>
        <source>the columns of {table} differ</source>
        <translation>kolone tabele {table} se razlikuju</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>nije upisan datum (kolona &apos;date&apos;)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>izabrana datoteka</translation>
    </message>
    <message>
        <source>the item code is empty</source>
        <translation>nije upisana šifra artikla (kolona &apos;item code&apos;)</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>nije upisan naziv (kolona &apos;name&apos;)</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>naziv (kolona &apos;name&apos;) je duži od 200 znakova</translation>
    </message>
    <message>
        <source>the quantity is empty</source>
        <translation>nije upisana količina (kolona &apos;quantity&apos;)</translation>
    </message>
    <message>
        <source>the site code is empty</source>
        <translation>nije upisana šifra lokacije (kolona &apos;site code&apos;)</translation>
    </message>
    <message>
        <source>the supplier is longer than 200 characters</source>
        <translation>dobavljač (kolona &apos;supplier&apos;) je duži od 200 znakova</translation>
    </message>
    <message>
        <source>there is no donor with the code &apos;{donor}&apos;</source>
        <translation>ne postoji donator sa šifrom &apos;{donor}&apos;</translation>
    </message>
    <message>
        <source>there is no item with the code or barcode &apos;{code}&apos;</source>
        <translation>ne postoji artikal sa šifrom ili bar-kodom &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>there is no site with the code &apos;{site}&apos;</source>
        <translation>ne postoji lokacija sa šifrom &apos;{site}&apos;</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>datoteka je prekratka</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>ulazni prenos</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>izlazni prenos</translation>
    </message>
    <message>
        <source>transfer stock</source>
        <translation>prenosi zalihe</translation>
    </message>
    <message>
        <source>unit &apos;{unit}&apos; is longer than 16 characters</source>
        <translation>jedinica &apos;{unit}&apos; (kolona &apos;unit&apos;) je duža od 16 znakova</translation>
    </message>
    <message>
        <source>unknown table {table!r}</source>
        <translation>nepoznata tabela {table!r}</translation>
    </message>
    <message>
        <source>unreadable contents</source>
        <translation>nečitljiv sadržaj</translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation>nečitljivo zaglavlje</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>pogrešan potpis</translation>
    </message>
    <message>
        <source>{code} has expiry dates: found stock needs its lot number</source>
        <translation>{code} ima rokove trajanja: za pronađene zalihe potreban je broj lota</translation>
    </message>
    <message>
        <source>{code} is counted per lot on {number}.</source>
        <translation>{code} se na popisu {number} broji po lotovima.</translation>
    </message>
    <message>
        <source>{code} is counted per lot on {number}: give the lot</source>
        <translation>{code} se na popisu {number} broji po lotovima: navedite lot</translation>
    </message>
    <message>
        <source>{code} is not on count {number}.</source>
        <translation>{code} nije na popisu {number}.</translation>
    </message>
    <message>
        <source>{code} lot {lot}</source>
        <translation>{code}, lot {lot}</translation>
    </message>
    <message>
        <source>{code} {name} lot {lot}</source>
        <translation>{code} {name}, lot {lot}</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; must be yes or no</source>
        <translation>u koloni &apos;{column}&apos; mora da stoji yes ili no, a ne &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dana</translation>
    </message>
    <message>
        <source>{file} is on a disk that cannot be written to (read-only).</source>
        <translation>{file} je na disku na koji nije moguće upisivati (samo za čitanje).</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ili {second}</translation>
    </message>
    <message>
        <source>{item} has an expiry date and none was given</source>
        <translation>za artikal {item} vodi se rok trajanja, a on nije upisan (kolona &apos;expiry&apos;)</translation>
    </message>
    <message>
        <source>{item} has an expiry date, and none was given.</source>
        <translation>{item} ima rok trajanja, a on nije naveden.</translation>
    </message>
    <message>
        <source>{item} has expiry dates, so found stock needs its lot number.</source>
        <translation>{item} ima rokove trajanja, pa je za pronađene zalihe potreban broj lota.</translation>
    </message>
    <message>
        <source>{item} has no lot &apos;{lot}&apos;.</source>
        <translation>{item} nema lot &apos;{lot}&apos;.</translation>
    </message>
    <message>
        <source>{item} is counted per lot on {number} ({lots}).</source>
        <translation>{item} se na popisu {number} broji po lotovima ({lots}).</translation>
    </message>
    <message>
        <source>{item} is not on waybill {number}.</source>
        <translation>{item} nije na otpremnici {number}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number of {unit}, not {text!r}.</source>
        <translation>{key} mora da bude ceo broj ({unit}), a ne {text!r}.</translation>
    </message>
    <message>
        <source>{key} must be from {minimum} to {maximum} {unit}, not {value}.</source>
        <translation>{key} mora da bude od {minimum} do {maximum} ({unit}), a ne {value}.</translation>
    </message>
    <message>
        <source>{kit} is not a kit with components.</source>
        <translation>{kit} nije komplet sa sastojcima.</translation>
    </message>
    <message>
        <source>{label}: at most {max_qty} per {per}{member}{flag}</source>
        <translation>{label}: najviše {max_qty} na {per}{member}{flag}</translation>
    </message>
    <message>
        <source>{line} is given twice.</source>
        <translation>{line}: navedeno dva puta.</translation>
    </message>
    <message>
        <source>{line}: &apos;{given}&apos; is not a variance reason.</source>
        <translation>{line}: &apos;{given}&apos; nije razlog za razliku.</translation>
    </message>
    <message>
        <source>{line}: &apos;{label}&apos; cannot explain a shortage of {qty}.</source>
        <translation>{line}: &apos;{label}&apos; ne može da objasni manjak od {qty}.</translation>
    </message>
    <message>
        <source>{line}: &apos;{label}&apos; cannot explain a surplus of {qty}.</source>
        <translation>{line}: &apos;{label}&apos; ne može da objasni višak od {qty}.</translation>
    </message>
    <message>
        <source>{line}: &apos;{qty}&apos; is not a whole number.</source>
        <translation>{line}: &apos;{qty}&apos; nije ceo broj.</translation>
    </message>
    <message>
        <source>{line}: a count cannot be below 0 ({qty}).</source>
        <translation>{line}: prebrojana količina ne može da bude manja od 0 ({qty}).</translation>
    </message>
    <message>
        <source>{line}: a variance of {variance:+d} has no reason.</source>
        <translation>{line}: razlika od {variance:+d} nema razlog.</translation>
    </message>
    <message>
        <source>{line}: the reason &apos;other&apos; needs a note.</source>
        <translation>{line}: za razlog &apos;other&apos; (drugo) potrebna je napomena.</translation>
    </message>
    <message>
        <source>{name!r} cannot be a user name.</source>
        <translation>{name!r} ne može da bude korisničko ime.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): {error}.</source>
        <translation>Nije moguće pročitati kao Excel radnu svesku (.xlsx): {name} ({error}).</translation>
    </message>
    <message>
        <source>{name} is not an HSP Desk database.</source>
        <translation>{name} nije baza podataka programa HSP Desk.</translation>
    </message>
    <message>
        <source>{number} is not a count session.</source>
        <translation>{number} nije popis.</translation>
    </message>
    <message>
        <source>{path} exists already.</source>
        <translation>{path} već postoji.</translation>
    </message>
    <message>
        <source>{path} is in use and cannot be moved.</source>
        <translation>{path} je u upotrebi i ne može da se premesti.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{qty} {unit} of {item} received, but {sent} were sent.</source>
        <translation>Primljeno je {qty} {unit} artikla {item}, a poslato {sent}.</translation>
    </message>
    <message>
        <source>{role!r} is not a role.</source>
        <translation>{role!r} nije uloga.</translation>
    </message>
    <message>
        <source>{rows} row(s) of the count workbook are wrong, so nothing was imported:
  - {shown}{more}</source>
        <translation>Pogrešnih redova u radnoj svesci popisa: {rows}, pa ništa nije uvezeno:
  - {shown}{more}</translation>
    </message>
    <message>
        <source>{rows} row(s) of the workbook are wrong, so nothing was imported:
{shown}{more}
</source>
        <translation>Pogrešnih redova u radnoj svesci: {rows}, pa ništa nije uvezeno:
{shown}{more}
</translation>
    </message>
    <message>
        <source>{rule}. This card&apos;s household is not recorded with that.</source>
        <translation>{rule}. Za domaćinstvo ove kartice to nije upisano.</translation>
    </message>
    <message>
        <source>{rule}; {used} received in this period, {asked} asked for. May receive again from {day}.</source>
        <translation>{rule}; primljeno u ovom periodu: {used}, traženo: {asked}. Može ponovo da primi od {day}.</translation>
    </message>
    <message>
        <source>{rule}; {used} received in this period, {asked} asked for. More than {limit} cannot be given at once.</source>
        <translation>{rule}; primljeno u ovom periodu: {used}, traženo: {asked}. Više od {limit} ne može da se podeli odjednom.</translation>
    </message>
    <message>
        <source>{sheet} row {n}</source>
        <translation>List &apos;{sheet}&apos;, red {n}</translation>
    </message>
    <message>
        <source>{site} has a count in progress that includes {items}.</source>
        <translation>Na lokaciji {site} je u toku popis koji obuhvata: {items}.</translation>
    </message>
    <message>
        <source>{site} is not a mobile HSP or team.</source>
        <translation>{site} nije mobilna HSP lokacija ni mobilni tim.</translation>
    </message>
    <message>
        <source>{site} is still on the road with trip {trip}.</source>
        <translation>{site} je još na terenu sa turom {trip}.</translation>
    </message>
    <message>
        <source>{user} is the only active branch manager.</source>
        <translation>{user} je jedini aktivni rukovodilac ogranka.</translation>
    </message>
    <message>
        <source>{user} may not approve a count: that needs a coordinator or above.</source>
        <translation>{user} ne može da odobri popis: za to je potreban koordinator ili viša uloga.</translation>
    </message>
    <message>
        <source>{user} may not {action}: that needs {role} or above.</source>
        <translation>{user} ne može da {action}: za to je potrebna uloga „{role}” ili viša.</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} nije ceo broj</translation>
    </message>
    <message>
        <source>{where}: a count of {qty} without an item code</source>
        <translation>{where}: prebrojana količina {qty} bez šifre artikla (kolona &apos;Item code&apos;)</translation>
    </message>
    <message>
        <source>{where}: {code}: a count cannot be below 0 ({qty})</source>
        <translation>{where}: {code}: prebrojana količina ne može da bude manja od 0 ({qty})</translation>
    </message>
    <message>
        <source>{where}: {line} is already on row {row}</source>
        <translation>{where}: {line} se već nalazi u redu {row}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
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
