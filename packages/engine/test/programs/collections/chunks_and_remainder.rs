fn main() {
    let students = ["Ada", "Ben", "Cai", "Dev", "Eli", "Fay", "Gus"];

    for (i, team) in students.chunks(3).enumerate() {
        println!("team {}: {}", i + 1, team.join(", "));
    }

    let bytes: Vec<u8> = (0u8..10).collect();
    let sums: Vec<u32> = bytes
        .chunks(4)
        .map(|c| c.iter().map(|&b| b as u32).sum())
        .collect();
    println!("chunk sums: {:?}", sums);

    let data = [1, 2, 3, 4, 5, 6, 7];
    let exact = data.chunks_exact(2);
    let rem = exact.remainder();
    let pairs: Vec<(i32, i32)> = exact.map(|c| (c[0], c[1])).collect();
    println!("pairs: {:?}, leftover: {:?}", pairs, rem);

    let mut grid = vec![0; 12];
    for (row, chunk) in grid.chunks_mut(4).enumerate() {
        for (col, cell) in chunk.iter_mut().enumerate() {
            *cell = row * 10 + col;
        }
    }
    for row in grid.chunks(4) {
        println!("{:?}", row);
    }
}
