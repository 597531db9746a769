// Build rows from a flat buffer with chunks.
fn main() {
    let pixels: Vec<u8> = (1..=10).collect();
    let width = 4;
    for (i, row) in pixels.chunks(width).enumerate() {
        println!("row {}: {:?} (len {})", i, row, row.len());
    }
    let grid: Vec<Vec<u8>> = pixels.chunks(width).map(|r| r.to_vec()).collect();
    println!("rows: {}", grid.len());
    println!("last row: {:?}", grid.last().unwrap());
}
