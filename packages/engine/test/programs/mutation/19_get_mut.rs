fn main() {
    let mut temps = vec![18.5, 21.0, 19.25, 23.75];

    if let Some(t) = temps.get_mut(2) {
        *t += 1.5;
    }

    match temps.get_mut(10) {
        Some(t) => *t = 0.0,
        None => println!("no reading at index 10"),
    }

    if let Some(last) = temps.last_mut() {
        *last -= 3.75;
    }
    if let Some(first) = temps.first_mut() {
        *first = 20.0;
    }

    println!("{:?}", temps);
}
