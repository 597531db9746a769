// Quiz: the for loop calls into_iter() on the vector.
fn main() {
    let guests = vec![String::from("Mina"), String::from("Omar")];

    for guest in guests {
        println!("Welcome, {}!", guest);
    }

    println!("We welcomed {} guests", guests.len());
}
