// split_first and split_last return an Option: None for an empty slice.
fn describe(cmd: &[&str]) {
    match cmd.split_first() {
        Some((name, args)) => println!("run {} with {} args: {:?}", name, args.len(), args),
        None => println!("empty command"),
    }
}

fn main() {
    describe(&["ls", "-l", "-a"]);
    describe(&["pwd"]);
    describe(&[]);

    let path = ["home", "user", "notes.txt"];
    if let Some((file, dirs)) = path.split_last() {
        println!("file {} in /{}", file, dirs.join("/"));
    }

    // Mutable version: bump the header value, double the rest.
    let mut frame = [1, 5, 6, 7];
    if let Some((header, body)) = frame.split_first_mut() {
        *header += 100;
        for b in body.iter_mut() {
            *b *= 2;
        }
    }
    println!("frame: {:?}", frame);

    println!("first: {:?}, last: {:?}", frame.first(), frame.last());
}
