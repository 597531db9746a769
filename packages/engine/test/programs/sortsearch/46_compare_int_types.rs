// Mistake: comparing a u32 with an i64 without converting.
fn main() {
    let limit: i64 = 100;
    let readings: Vec<u32> = vec![40, 120, 99];
    for r in &readings {
        if *r > limit {
            println!("{} is over the limit", r);
        }
    }
}
