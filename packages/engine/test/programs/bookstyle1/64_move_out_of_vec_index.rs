// Quiz: indexing gives a place inside the vector; you cannot move out of it.
fn main() {
    let guests = vec![String::from("Ida"), String::from("Omar")];
    let first = guests[0];
    println!("first guest: {first}");
    println!("{} guests", guests.len());
}
