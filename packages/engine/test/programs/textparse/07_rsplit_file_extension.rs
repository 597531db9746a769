// rsplit and rsplit_once to pull the extension off a file name.
fn extension(name: &str) -> Option<&str> {
    let (stem, ext) = name.rsplit_once('.')?;
    if stem.is_empty() {
        None
    } else {
        Some(ext)
    }
}

fn main() {
    let files = ["report.final.pdf", "photo.jpeg", "Makefile", ".bashrc", "archive.tar.gz"];
    for f in files {
        println!("{:<18} ext = {:?}", f, extension(f));
    }

    // rsplit walks from the end.
    let path = "src/engine/parser/lexer.rs";
    let segments: Vec<&str> = path.rsplit('/').collect();
    println!("reversed segments: {:?}", segments);
    let file_name = path.rsplit('/').next().unwrap();
    println!("file name: {}", file_name);
    let rsn: Vec<&str> = path.rsplitn(2, '/').collect();
    println!("rsplitn(2): {:?}", rsn);
}
