fn main() {
    // Which integer type is this? The compiler needs to know for to_le_bytes
    let sensor_id = 513;
    let bytes = sensor_id.to_le_bytes();
    println!("{:?}", bytes);
}
