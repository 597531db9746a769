// A struct holding a reference cannot outlive the value it borrows.
struct Highlight<'a> {
    part: &'a str,
}

fn main() {
    let hl;
    {
        let novel = String::from("Call me Ishmael. Some years ago...");
        let first = novel.split('.').next().unwrap();
        hl = Highlight { part: first };
    }
    println!("highlight: {}", hl.part);
}
