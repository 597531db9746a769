// splitn limits the number of pieces, rsplit goes from the right.
fn main() {
    let line = "key=value=with=equals";
    let mut it = line.splitn(2, '=');
    let key = it.next().unwrap();
    let value = it.next().unwrap();
    println!("key={} value={}", key, value);

    let path = "/usr/local/bin/rustc";
    let file = path.rsplit('/').next().unwrap();
    println!("file name: {}", file);

    let rev: Vec<&str> = "a.b.c".rsplit('.').collect();
    println!("{:?}", rev);

    let ext: Vec<&str> = "archive.tar.gz".rsplitn(2, '.').collect();
    println!("{:?}", ext);

    if let Some((name, domain)) = "ferris@rust-lang.org".split_once('@') {
        println!("user {} at {}", name, domain);
    }
    if let Some((base, ext)) = "report.final.pdf".rsplit_once('.') {
        println!("base {} ext {}", base, ext);
    }

    let three: Vec<&str> = "1 2 3 4 5".splitn(3, ' ').collect();
    println!("{:?}", three);
}
