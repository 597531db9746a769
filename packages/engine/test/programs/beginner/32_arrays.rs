fn main() {
    let months = ["January", "February", "March", "April", "May", "June",
                  "July", "August", "September", "October", "November", "December"];
    println!("There are {} months; the third is {}", months.len(), months[2]);

    let zeros = [0; 5];
    println!("zeros: {:?}", zeros);

    let mut scores: [u32; 4] = [88, 92, 79, 95];
    scores[2] = 81;
    let mut sum = 0;
    for s in scores {
        sum += s;
    }
    println!("scores {:?}, sum {}, mean {:.2}", scores, sum, sum as f64 / scores.len() as f64);

    let grid = [[1, 2, 3], [4, 5, 6]];
    for row in grid {
        for cell in row {
            print!("{:>3}", cell);
        }
        println!();
    }
    println!("first row slice: {:?}", &grid[0][1..]);
}
