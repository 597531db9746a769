fn batch_sizes(items: &[u32], per_batch: usize) -> Vec<usize> {
    items.chunks(per_batch).map(|c| c.len()).collect()
}

fn main() {
    let jobs: Vec<u32> = (100..110).collect();
    println!("{:?}", batch_sizes(&jobs, 4));
    println!("{:?}", batch_sizes(&jobs, 3));
    // chunk size 0 is not allowed
    println!("{:?}", batch_sizes(&jobs, 0));
}
