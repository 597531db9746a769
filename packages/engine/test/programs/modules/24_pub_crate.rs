mod network {
    pub(crate) struct Packet {
        pub(crate) id: u32,
        pub(crate) payload: Vec<u8>,
    }

    pub(crate) fn checksum(p: &Packet) -> u32 {
        p.payload.iter().map(|&b| b as u32).sum::<u32>() ^ p.id
    }

    pub mod server {
        pub fn handle(p: &super::Packet) -> String {
            format!("packet {} ({} bytes, checksum {})", p.id, p.payload.len(), super::checksum(p))
        }
    }
}

fn main() {
    let packets = vec![
        network::Packet { id: 1, payload: b"hello".to_vec() },
        network::Packet { id: 2, payload: vec![0xff, 0x01, 0x10] },
        network::Packet { id: 3, payload: Vec::new() },
    ];
    for p in &packets {
        println!("{}", network::server::handle(p));
    }
    println!("first checksum: {}", network::checksum(&packets[0]));
}
