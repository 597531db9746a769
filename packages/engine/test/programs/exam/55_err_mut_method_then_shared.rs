fn main() {
    let mut temps = vec![18, 21, 19];
    let first = temps.first_mut().unwrap();
    println!("we have {} readings", temps.len());
    *first += 1;
    println!("{:?}", temps);
}
