// f64 is not Ord, so min/max need min_by/max_by with partial_cmp or total_cmp.
fn main() {
    let distances: [f64; 5] = [4.2, 1.5, 9.9, 1.25, 3.0];

    let closest = distances
        .iter()
        .min_by(|a, b| a.partial_cmp(b).unwrap())
        .unwrap();
    let farthest = distances.iter().max_by(|a, b| a.total_cmp(b)).unwrap();
    println!("closest {} farthest {}", closest, farthest);

    // fold works too.
    let total_min = distances.iter().cloned().fold(f64::INFINITY, f64::min);
    println!("fold min {}", total_min);

    // Index of the smallest value.
    let (idx, _) = distances
        .iter()
        .enumerate()
        .min_by(|(_, a), (_, b)| a.total_cmp(b))
        .unwrap();
    println!("smallest at index {}", idx);

    let points = vec![(1.0_f64, 2.0_f64), (-0.5, 0.5), (3.0, -1.0)];
    let nearest = points
        .iter()
        .min_by(|p, q| {
            let dp = p.0 * p.0 + p.1 * p.1;
            let dq = q.0 * q.0 + q.1 * q.1;
            dp.total_cmp(&dq)
        })
        .unwrap();
    println!("nearest to origin: {:?}", nearest);
}
