// Passing a function that returns a borrowed piece to a helper.
fn apply<'a, F>(items: &'a [String], f: F) -> Vec<&'a str>
where
    F: Fn(&'a String) -> &'a str,
{
    items.iter().map(f).collect()
}

fn head(s: &String) -> &str {
    &s[..1]
}

fn main() {
    let items = vec![String::from("apple"), String::from("banana"), String::from("cherry")];
    let heads = apply(&items, head);
    println!("{:?}", heads);
    let tails = apply(&items, |s| &s[s.len() - 2..]);
    println!("{:?}", tails);
}
