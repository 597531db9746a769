// Vectors: push, index vs get, and iterating mutably.
fn main() {
    let mut temps: Vec<i32> = Vec::new();
    temps.push(18);
    temps.push(22);
    temps.push(19);

    let third: &i32 = &temps[2];
    println!("third reading: {third}");

    match temps.get(10) {
        Some(t) => println!("tenth reading: {t}"),
        None => println!("there is no tenth reading"),
    }

    for t in &mut temps {
        *t += 1;
    }
    println!("adjusted: {:?}", temps);

    #[derive(Debug)]
    enum Cell {
        Int(i64),
        Float(f64),
        Text(String),
    }
    let row = vec![Cell::Int(3), Cell::Text(String::from("blue")), Cell::Float(10.12)];
    for cell in &row {
        println!("{:?}", cell);
    }
    let removed = temps.remove(0);
    println!("removed {removed}, left {:?}", temps);
}
