fn main() {
    let data: Vec<u8> = (1..=10).collect();

    for (i, chunk) in data.chunks(3).enumerate() {
        let total: u32 = chunk.iter().map(|&b| b as u32).sum();
        println!("chunk {} = {:?} (sum {})", i, chunk, total);
    }

    let exact: Vec<&[u8]> = data.chunks_exact(4).collect();
    println!("exact chunks: {:?}", exact);
    println!("remainder: {:?}", data.chunks_exact(4).remainder());
}
