// Remember the old corner value, then overwrite it.
fn main() {
    let mut g = [[1, 2], [3, 4]];
    let corner = &g[0][0];
    g[0][0] = 10;
    println!("old corner was {}", corner);
}
