// Walk an array with pointer arithmetic: add() moves by whole elements.
fn main() {
    let readings: [i16; 5] = [3, -1, 4, -1, 5];
    let start = readings.as_ptr();
    let mut sum = 0i32;
    let mut negatives = 0;
    for i in 0..readings.len() {
        let v = unsafe { *start.add(i) };
        sum += v as i32;
        if v < 0 {
            negatives += 1;
        }
    }
    println!("sum = {}, negatives = {}", sum, negatives);
    let last = unsafe { *start.add(readings.len() - 1) };
    println!("last = {}", last);
}
