// The Rust Book, Listing 12-16 before adding 'a: two reference parameters, Vec<&str> result.
pub fn search(query: &str, contents: &str) -> Vec<&str> {
    let mut results = Vec::new();

    for line in contents.lines() {
        if line.contains(query) {
            results.push(line);
        }
    }

    results
}

fn main() {
    let contents = "Rust:\nsafe, fast, productive.\nPick three.";
    for line in search("duct", contents) {
        println!("{line}");
    }
}
