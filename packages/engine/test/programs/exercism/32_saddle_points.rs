// Saddle points: greater than or equal to every element in its row, less than or equal in its column.
fn find_saddle_points(input: &[Vec<u64>]) -> Vec<(usize, usize)> {
    let mut points = Vec::new();
    for (r, row) in input.iter().enumerate() {
        for (c, &value) in row.iter().enumerate() {
            let row_max = row.iter().all(|&v| v <= value);
            let col_min = input.iter().all(|other| other[c] >= value);
            if row_max && col_min {
                points.push((r, c));
            }
        }
    }
    points
}

fn main() {
    let matrix = vec![vec![9, 8, 7], vec![5, 3, 2], vec![6, 6, 7]];
    println!("{:?}", find_saddle_points(&matrix));

    let flat = vec![vec![4, 5, 4], vec![3, 5, 5], vec![1, 5, 4]];
    println!("{:?}", find_saddle_points(&flat));

    let none = vec![vec![1, 2, 3], vec![3, 1, 2], vec![2, 3, 1]];
    println!("{:?}", find_saddle_points(&none));

    let empty: Vec<Vec<u64>> = vec![vec![]];
    println!("{:?}", find_saddle_points(&empty));
}
