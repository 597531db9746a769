// In a debug build, integer overflow is a bug and the program panics.
// A u8 can only count up to 255.

fn count_visitors(groups: &[u8]) -> u8 {
    let mut total: u8 = 0;
    for g in groups {
        total += g;
        println!("running total: {}", total);
    }
    total
}

fn main() {
    let groups = [40, 75, 90, 60, 25];
    let total = count_visitors(&groups);
    println!("total visitors: {}", total);
}
