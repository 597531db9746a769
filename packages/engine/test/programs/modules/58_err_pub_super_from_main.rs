// expected: E0603 `hash` is only pub(super), i.e. visible in `crypto`, not in main
mod crypto {
    pub mod internals {
        pub(super) fn hash(data: &[u8]) -> u32 {
            data.iter().fold(5381u32, |h, &b| h.wrapping_mul(33) ^ b as u32)
        }
    }

    pub fn fingerprint(s: &str) -> String {
        format!("{:08x}", internals::hash(s.as_bytes()))
    }
}

fn main() {
    println!("{}", crypto::fingerprint("hello"));
    println!("{}", crypto::internals::hash(b"hello"));
}
