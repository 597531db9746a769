// Keeping the result of last() while inserting into the vector.
fn main() {
    let mut path = vec!["home", "docs"];

    if let Some(current) = path.last() {
        path.insert(0, "root");
        println!("current dir: {}", current);
    }
    println!("{:?}", path);
}
