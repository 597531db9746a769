// vec![x; n] allocates exactly n slots.
fn main() {
    let zeros = vec![0u8; 5];
    let grid = vec![vec!['.'; 3]; 2];
    let empty: Vec<i32> = vec![];
    println!("zeros: len={} cap={}", zeros.len(), zeros.capacity());
    println!("grid: len={} cap={}", grid.len(), grid.capacity());
    for (i, row) in grid.iter().enumerate() {
        println!("  row {}: len={} cap={}", i, row.len(), row.capacity());
    }
    println!("empty: len={} cap={}", empty.len(), empty.capacity());
    let listed = vec![1, 2, 3, 4, 5, 6, 7];
    println!("listed: len={} cap={}", listed.len(), listed.capacity());
}
