// A &mut lets a function change the caller's value.
fn add_signature(letter: &mut String, name: &str) {
    letter.push_str("\n-- ");
    letter.push_str(name);
}

fn double_all(values: &mut Vec<i32>) {
    for v in values.iter_mut() {
        *v *= 2;
    }
}

fn main() {
    let mut letter = String::from("See you at the lab.");
    add_signature(&mut letter, "Prof. Lin");
    println!("{letter}");

    let mut readings = vec![1, 5, 9];
    double_all(&mut readings);
    println!("{:?}", readings);

    // Separate scopes allow one mutable borrow after another.
    {
        let first = &mut readings;
        first.push(100);
    }
    let second = &mut readings;
    second.push(200);
    println!("{:?}", readings);
}
