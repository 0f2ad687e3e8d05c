import type { Service } from '../common/schemas/services.ts';

interface Props {
  services: Service[];
  disabled: boolean;
  onChoose: (service: Service) => void;
}

/** One big button per service; its accessible name is exactly the service name, so helpers and tests can say it. */
export function ServiceButtons({ services, disabled, onChoose }: Props) {
  return (
    <ul class="service-buttons">
      {services.map((service) => (
        <li key={service.id}>
          <button type="button" disabled={disabled} onClick={() => onChoose(service)}>
            {service.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
