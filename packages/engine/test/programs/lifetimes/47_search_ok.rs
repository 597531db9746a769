// The Rust Book, Listing 12-16/12-21: search and search_case_insensitive.
pub fn search<'a>(query: &str, contents: &'a str) -> Vec<&'a str> {
    let mut results = Vec::new();
    for line in contents.lines() {
        if line.contains(query) {
            results.push(line);
        }
    }
    results
}

pub fn search_case_insensitive<'a>(query: &str, contents: &'a str) -> Vec<&'a str> {
    let query = query.to_lowercase();
    let mut results = Vec::new();
    for line in contents.lines() {
        if line.to_lowercase().contains(&query) {
            results.push(line);
        }
    }
    results
}

fn main() {
    let contents = "\
Rust:
safe, fast, productive.
Pick three.
Trust me.";

    println!("{:?}", search("duct", contents));
    println!("{:?}", search_case_insensitive("rUsT", contents));

    let hits;
    {
        let query = String::from("three");
        hits = search(&query, contents);
    }
    println!("{:?}", hits);
}
