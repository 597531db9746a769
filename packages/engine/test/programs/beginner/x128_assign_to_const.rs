const LIMIT: u32 = 50;

fn main() {
    LIMIT = 60;
    println!("{}", LIMIT);
}
