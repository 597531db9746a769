// extend_from_slice reserves room for the whole slice at once.
fn main() {
    let mut log: Vec<u8> = Vec::new();
    log.extend_from_slice(b"boot");
    println!("after 'boot': len={} cap={}", log.len(), log.capacity());
    log.extend_from_slice(b" ok");
    println!("after ' ok': len={} cap={}", log.len(), log.capacity());
    log.extend_from_slice(b"; network up; disk mounted");
    println!("after long msg: len={} cap={}", log.len(), log.capacity());
    println!("{}", String::from_utf8(log).unwrap());
}
