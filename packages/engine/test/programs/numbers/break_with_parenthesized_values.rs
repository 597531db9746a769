fn main() {
    let grid = [[1, 2, 3], [4, 5, 6]];
    let found = 'search: loop {
        for (r, row) in grid.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                if v == 5 {
                    break 'search (r, c);
                }
            }
        }
        break (99, 99);
    };
    let w = loop { break (2i32).pow(3) + 1; };
    let z = loop { break (1, 2).0 as f64; };
    println!("{:?} {} {}", found, w, z);
}
