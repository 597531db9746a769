// Transpose a 3x3 array in place.
fn transpose(m: &mut [[i32; 3]; 3]) {
    for i in 0..3 {
        for j in (i + 1)..3 {
            let tmp = m[i][j];
            m[i][j] = m[j][i];
            m[j][i] = tmp;
        }
    }
}

fn main() {
    let mut m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    transpose(&mut m);
    for row in m.iter() {
        println!("{:?}", row);
    }
    transpose(&mut m);
    println!("back: {:?}", m);
}
