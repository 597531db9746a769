// All the legal ways to get a String out of a Vec<String>.
fn main() {
    let mut names = vec![
        String::from("Ferris"),
        String::from("Corro"),
        String::from("Clippy"),
    ];
    let cloned = names[0].clone();
    let borrowed = &names[1];
    println!("cloned={} borrowed={}", cloned, borrowed);

    let popped = names.pop().unwrap();
    let taken = std::mem::take(&mut names[0]);
    let replaced = std::mem::replace(&mut names[1], String::from("Bob"));
    println!("popped={} taken={} replaced={}", popped, taken, replaced);
    println!("left: {:?}", names);
}
