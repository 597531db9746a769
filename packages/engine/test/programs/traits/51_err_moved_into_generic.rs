// Student mistake: passing a String by value to a generic function, then using it again (E0382)
use std::fmt::Display;

fn announce<T: Display>(item: T) -> usize {
    let text = format!("** {} **", item);
    println!("{}", text);
    text.len()
}

fn store<T>(list: &mut Vec<T>, item: T) {
    list.push(item);
}

fn main() {
    let title = String::from("Generics");
    let n = announce(&title);
    println!("printed {} chars", n);

    let mut names: Vec<String> = Vec::new();
    let name = String::from("Ferris");
    store(&mut names, name);
    announce(name);
    println!("{:?}", names);
}
