// Holding a reference to the first element while pushing to the Vec.
fn main() {
    let mut names = vec![String::from("Ann"), String::from("Ben")];

    let first = &names[0];

    names.push(String::from("Cleo"));

    println!("The first name is: {first}");
    println!("{} names in total", names.len());
}
