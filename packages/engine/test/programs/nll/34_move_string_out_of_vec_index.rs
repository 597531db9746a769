// Moving a String out of a Vec by indexing is not allowed.
fn main() {
    let titles = vec![String::from("Dune"), String::from("Emma")];
    let favourite = titles[0];
    println!("favourite: {}", favourite);
    println!("all: {:?}", titles);
}
