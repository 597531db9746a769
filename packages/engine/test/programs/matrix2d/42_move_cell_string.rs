// Pull a name out of a seating chart.
fn main() {
    let seats = vec![
        vec![String::from("Ann"), String::from("Bo")],
        vec![String::from("Cy"), String::from("Di")],
    ];
    let front_left = seats[0][0];
    println!("front left: {}", front_left);
    println!("{:?}", seats);
}
