// Exercise: take the first name out of the vector and greet everyone.
fn greet(name: String) {
    println!("Hello, {}!", name);
}

fn main() {
    // a vector of owned Strings
    // (the heap buffers belong to the vector)
    let names = vec![
        String::from("Ferris"),
        String::from("Corro"),
        String::from("Clippy"),
    ];
    let first = names[0];
    greet(first);
    for n in &names {
        println!("also here: {}", n);
    }
    println!("{} names in total", names.len());
}
