fn main() {
    let ages = vec!["23", "31", "forty", "19"];
    let mut total: u32 = 0;
    for a in &ages {
        let age: u32 = a.parse().unwrap();
        total += age;
        println!("added {}, total {}", age, total);
    }
    println!("average = {}", total / ages.len() as u32);
}
