// clone copies the heap data, so both Strings are independent.
fn main() {
    let original = String::from("draft");
    let mut copy = original.clone();
    copy.push_str(" v2");
    println!("original: {original}");
    println!("copy: {copy}");

    let shopping = vec![String::from("milk"), String::from("eggs")];
    let mut backup = shopping.clone();
    backup.push(String::from("bread"));
    println!("shopping has {} items, backup has {}", shopping.len(), backup.len());

    // Cloning only what we need from a borrowed element.
    let first = shopping[0].clone();
    println!("first item: {first}");
    println!("shopping still: {:?}", shopping);
}
